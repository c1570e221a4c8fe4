// Two refunds of 30.00 against a 50.00 purchase: the second crosses the line.
window.dataLayer = window.dataLayer || [];
dataLayer.push({ ecommerce: null });
dataLayer.push({ event: "purchase", ecommerce: { transaction_id: "T1", currency: "USD", value: 50.00, items: [{ item_id: "SKU_1", item_name: "Tee", price: 10.00, quantity: 5 }] } });
dataLayer.push({ ecommerce: null });
dataLayer.push({ event: "refund", ecommerce: { transaction_id: "T1", currency: "USD", value: 30.00, items: [{ item_id: "SKU_1", price: 10.00, quantity: 3 }] } });
dataLayer.push({ ecommerce: null });
dataLayer.push({ event: "refund", ecommerce: { transaction_id: "T1", currency: "USD", value: 30.00, items: [{ item_id: "SKU_1", price: 10.00, quantity: 3 }] } }); // expect: refund.exceeds-purchase /ecommerce/value // expect: refund.item-quantity /ecommerce/items/0
