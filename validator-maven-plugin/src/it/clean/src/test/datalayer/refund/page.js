// A refund confirmation page, recorded as the tagging spec's snippet.
window.dataLayer = window.dataLayer || [];
dataLayer.push({ ecommerce: null }); // Clear the previous ecommerce object.
dataLayer.push({
  event: "refund",
  ecommerce: {
    transaction_id: "T12345",
    currency: "USD",
    value: 7.77,
    tax: 1.11,
    shipping: 3.33
  }
});
