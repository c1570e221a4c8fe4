// Unfilled GTM variables and JavaScript leftovers: GA4 stores them as if they were data.
window.dataLayer = window.dataLayer || [];
var product = { sku: "SKU_1" };
dataLayer.push({ ecommerce: null });
dataLayer.push({ event: "purchase", ecommerce: { transaction_id: "{{Transaction ID}}", currency: "USD", value: 10.01, coupon: "undefined", items: [{ item_id: String(undefined), item_name: String(product), item_brand: "null", price: 10.01 }] } }); // expect: value.placeholder /ecommerce/transaction_id // expect: value.placeholder /ecommerce/items/0/item_id // expect: value.placeholder /ecommerce/items/0/item_name // expect: value.placeholder-text /ecommerce/coupon // expect: value.placeholder-text /ecommerce/items/0/item_brand
dataLayer.push({ ecommerce: null });
dataLayer.push({ event: "refund", ecommerce: { transaction_id: "<transaction_id>", currency: "USD", value: "NaN" } }); // expect: value.placeholder /ecommerce/transaction_id // expect: value.placeholder /ecommerce/value // expect: schema.type /ecommerce/value
dataLayer.push({ event: "page_info", page_type: "{{Page Type}}" }); // expect: value.placeholder-text /page_type
// Ordinary text that merely contains braces or words is data.
dataLayer.push({ event: "page_info", page_type: "null-hypothesis blog", note: "a <b> tag" });
