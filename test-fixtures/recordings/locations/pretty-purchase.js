// A push written over many lines: each finding stands at its own field's key, not at the push( call.
window.dataLayer = window.dataLayer || [];
dataLayer.push({ ecommerce: null });
dataLayer.push({
  event: "purchase",
  ecommerce: {
    transaction_id: "T_12345",
    currency: "USD",
    tax: 1.5,
    "value": 30.005, // expect: money.decimals /ecommerce/value
    items: [
      {
        item_id: 'SKU_12345',
        item_name: "Stan and Friends Tee, \"quoted\" {not a brace}",
        price: 10.01,
        quantity: "3" // expect: schema.type /ecommerce/items/0/quantity
      }
    ]
  }
});
const items = [{ item_id: "SKU_2", price: 5, quantity: 1 }];
dataLayer.push({ ecommerce: null });
dataLayer.push({
  event: "add_to_cart",
  ecommerce: {
    currency: "usd", // expect: schema.pattern /ecommerce/currency
    value: 5,
    items: items
  }
});
gtag("event", "begin_checkout", {
  currency: "EUR",
  value: 5, // expect: ecommerce.value-mismatch /2/value
  items: [
    { item_id: "SKU_3", price: 5, quantity: -1 } // expect: schema.range /2/items/0/quantity
  ]
});
