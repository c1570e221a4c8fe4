// A checkout and a partial refund as the shop pushes them: every push is right. What GA4 received for the refund is
// in refund-journey.har (the DevTools export of the same journey): GTM's refund tag read a stale variable, so the
// hit carries 25 instead of 30, and its currency in lower case.
dataLayer.push({ecommerce: null});
dataLayer.push({
  event: "purchase",
  ecommerce: {
    transaction_id: "T-1001",
    currency: "USD",
    value: 60.0,
    items: [
      {item_id: "SKU-1", item_name: "Trail shoe", price: 30.0, quantity: 1},
      {item_id: "SKU-2", item_name: "Rain jacket", price: 30.0, quantity: 1}
    ]
  }
});
dataLayer.push({ecommerce: null});
dataLayer.push({
  event: "refund",
  ecommerce: {
    transaction_id: "T-1001",
    currency: "USD",
    value: 30.0,
    items: [{item_id: "SKU-2", item_name: "Rain jacket", price: 30.0, quantity: 1}]
  }
});
