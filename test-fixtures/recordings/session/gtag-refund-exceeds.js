// The same bookkeeping for gtag() calls.
window.dataLayer = window.dataLayer || [];
function gtag(){dataLayer.push(arguments);}
gtag('event', 'purchase', { transaction_id: 'T7', currency: 'USD', value: 10.00, items: [{ item_id: 'A', price: 10.00, quantity: 1 }] });
gtag('event', 'refund', { transaction_id: 'T7', currency: 'USD', value: 12.00, items: [{ item_id: 'A', price: 12.00, quantity: 1 }] }); // expect: refund.exceeds-purchase /2/value
