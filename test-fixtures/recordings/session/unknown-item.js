window.dataLayer = window.dataLayer || [];
dataLayer.push({ ecommerce: null });
dataLayer.push({ event: "purchase", ecommerce: { transaction_id: "T1", currency: "USD", value: 50.00, items: [{ item_id: "SKU_1", item_name: "Tee", price: 10.00, quantity: 5 }] } });
dataLayer.push({ ecommerce: null });
dataLayer.push({ event: "refund", ecommerce: { transaction_id: "T1", currency: "USD", value: 10.00, items: [{ item_id: "SKU_9", price: 10.00, quantity: 1 }] } }); // expect: refund.unknown-item /ecommerce/items/0
