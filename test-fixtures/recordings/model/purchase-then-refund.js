// Purchase, then a partial refund after the clear: replay shows the clear wiping the purchase's items.
window.dataLayer = window.dataLayer || [];
dataLayer.push({ ecommerce: null });
dataLayer.push({
  event: "purchase",
  ecommerce: {
    transaction_id: "T1",
    currency: "USD",
    value: 50.0,
    items: [
      { item_id: "SKU_1", price: 20.0, quantity: 2 },
      { item_id: "SKU_2", price: 10.0, quantity: 1 }
    ]
  }
});
dataLayer.push({ ecommerce: null });
dataLayer.push({
  event: "refund",
  ecommerce: { transaction_id: "T1", currency: "USD", value: 10.0, items: [{ item_id: "SKU_2", price: 10.0, quantity: 1 }] }
});
