window.dataLayer = window.dataLayer || [];
dataLayer.push({ ecommerce: null });
dataLayer.push({ event: "purchase", ecommerce: { transaction_id: "T2", currency: "USD", value: 45.00, shipping: 5.00, items: [{ item_id: "SKU_1", price: 10.00, quantity: 5 }] } }); // expect: ecommerce.value-mismatch /ecommerce/value
