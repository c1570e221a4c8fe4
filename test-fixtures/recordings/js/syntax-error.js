window.dataLayer = window.dataLayer || [];
dataLayer.push({ event: "refund", ecommerce: { transaction_id: "T1", currency: "USD", value: 7.77 } });
dataLayer.push({ event: "refund" ecommerce: {} }); // expect: input.syntax
