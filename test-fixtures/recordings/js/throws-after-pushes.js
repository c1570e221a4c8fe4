window.dataLayer = window.dataLayer || [];
dataLayer.push({ ecommerce: null });
dataLayer.push({ event: "refund", ecommerce: { transaction_id: "T1", currency: "USD", value: -5 } }); // expect: schema.range /ecommerce/value
undefinedFunction(); // expect: input.runtime
