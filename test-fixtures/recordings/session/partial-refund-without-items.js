// purchase(T1, 50.00 with items) -> clear -> refund(T1, 20.00, no items)
window.dataLayer = window.dataLayer || [];
dataLayer.push({ ecommerce: null });
dataLayer.push({ event: "purchase", ecommerce: { transaction_id: "T1", currency: "USD", value: 50.00, items: [{ item_id: "SKU_1", item_name: "Tee", price: 10.00, quantity: 5 }] } });
dataLayer.push({ ecommerce: null });
dataLayer.push({ event: "refund", ecommerce: { transaction_id: "T1", currency: "USD", value: 20.00 } }); // expect: refund.partial-needs-items /ecommerce/items
