window.dataLayer = window.dataLayer || [];
function gtag(){dataLayer.push(arguments);}
gtag('js', new Date());
gtag('config', 'G-XXXXXXX');
gtag('event', 'refund', { transaction_id: 'T1', currency: 'USD', value: 9.99 });
gtag('event', 'refund', { transaction_id: 'T2', currency: 'eur', value: 9.99 }); // expect: schema.pattern /2/currency
