window.dataLayer = window.dataLayer || [];
dataLayer.push({ ecommerce: null });
dataLayer.push({ event: "refund", ecommerce: { transaction_id: "T1", currency: "usd", value: 7.77 } }); // expect: schema.pattern /ecommerce/currency
dataLayer.push({ ecommerce: null });
dataLayer.push({ event: "refund", ecommerce: { transaction_id: "T2", currency: "USD", value: 0.1 + 0.2 } }); // expect: money.decimals /ecommerce/value
dataLayer.push({ ecommerce: null });
dataLayer.push({ event: "refund", ecommerce: { transaction_id: "T3", currency: "USD", value: 7.777 } }); // expect: money.decimals /ecommerce/value
dataLayer.push({ ecommerce: null });
dataLayer.push({ event: "refund", ecommerce: { transaction_id: "T4", currency: "USD", value: "7.77" } }); // expect: schema.type /ecommerce/value
dataLayer.push({ ecommerce: null });
dataLayer.push({ event: "refund", ecommerce: { transaction_id: "T5", currency: "JPY", value: 1500 } });
dataLayer.push({ ecommerce: null });
dataLayer.push({ event: "refund", ecommerce: { transaction_id: "T6", currency: "EUR", value: 7.7, coupon: undefined } });
dataLayer.push({ ecommerce: null });
dataLayer.push({ event: "refund", ecommerce: { transaction_id: "T7", currency: "USD", value: 0 / 0 } }); // expect: value.non-finite /ecommerce/value
dataLayer.push({ ecommerce: null });
dataLayer.push({ event: "refund", ecommerce: { transaction_id: "T8", currency: "USD", value: undefined } }); // expect: schema.required /ecommerce/value
