// A purchase followed directly by a full refund, no clear: GTM merges the purchase's items into the refund.
window.dataLayer = window.dataLayer || [];
dataLayer.push({ ecommerce: null });
dataLayer.push({ event: "purchase", ecommerce: { transaction_id: "T1", currency: "USD", value: 50.00, items: [{ item_id: "SKU_1", item_name: "Tee", price: 10.00, quantity: 5 }] } });
dataLayer.push({ event: "refund", ecommerce: { transaction_id: "T1", currency: "USD", value: 50.00 } }); // expect: ecommerce.missing-clear /ecommerce // expect: ecommerce.stale-data /ecommerce/items
