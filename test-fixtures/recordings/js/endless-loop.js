window.dataLayer = window.dataLayer || [];
dataLayer.push({ event: "refund", ecommerce: { transaction_id: "T1", currency: "usd", value: 7.77 } }); // expect: schema.pattern /ecommerce/currency
while (true) {} // expect: input.limit
