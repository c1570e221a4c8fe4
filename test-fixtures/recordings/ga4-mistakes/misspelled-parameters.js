// Parameter names a few keystrokes from GA4's: GA4 keeps them as custom parameters and the real one stays empty.
window.dataLayer = window.dataLayer || [];
dataLayer.push({ ecommerce: null });
dataLayer.push({ event: "purchase", ecommerce: { transaction_id: "T1", currency: "USD", value: 30.03, shiping: 3.33, taxes: 1.11, items: [{ item_id: "SKU_1", item_brnad: "Google", price: 10.01, qty: 3 }] } }); // expect: param.misspelled /ecommerce/shiping // expect: param.misspelled /ecommerce/taxes // expect: param.misspelled /ecommerce/items/0/item_brnad // expect: param.misspelled /ecommerce/items/0/qty // expect: ecommerce.value-mismatch /ecommerce/value
dataLayer.push({ ecommerce: null });
// transactionId next to the real transaction_id is a custom parameter on purpose: not reported.
gtag("event", "refund", { transactionId: "T9", transaction_id: "T9", currency: "USD", value: 1 });
gtag("event", "add_to_cart", { transactionId: "T1", currency: "USD", value: 1, items: [{ item_id: "SKU_1", price: 1 }] }); // expect: param.misspelled /2/transactionId
// Custom parameters far from any GA4 name pass; so does item_category6, equally close to five GA4 names (no guess).
dataLayer.push({ event: "view_item", ecommerce: { currency: "USD", value: 1, items: [{ item_id: "SKU_1", price: 1, in_stock: true, item_category6: "x" }] } });
