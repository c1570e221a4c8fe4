// Event names GA4 does not know as ecommerce events: each is a custom event whose revenue is lost.
window.dataLayer = window.dataLayer || [];
dataLayer.push({ ecommerce: null });
dataLayer.push({ event: "Purchase", ecommerce: { transaction_id: "T1", currency: "USD", value: 30.03, items: [{ item_id: "SKU_1", price: 30.03 }] } }); // expect: event.misnamed /event
dataLayer.push({ ecommerce: null });
dataLayer.push({ event: "add-to-cart", ecommerce: { currency: "USD", value: 9.99, items: [{ item_id: "SKU_1", price: 9.99 }] } }); // expect: event.misnamed /event
dataLayer.push({ ecommerce: null });
dataLayer.push({ event: "addToCart", ecommerce: { currency: "USD", value: 9.99, items: [{ item_id: "SKU_1", price: 9.99 }] } }); // expect: event.misnamed /event
dataLayer.push({ ecommerce: null });
dataLayer.push({ event: "add_to_basket", ecommerce: { currency: "USD", value: 9.99, items: [{ item_id: "SKU_1", price: 9.99 }] } }); // expect: event.misnamed /event
dataLayer.push({ event: "checkout" }); // expect: event.misnamed /event
gtag("event", "transaction", { transaction_id: "T2", currency: "USD", value: 1 }); // expect: event.misnamed /1
// Custom events that resemble nothing in GA4 are fine.
dataLayer.push({ event: "newsletter_signup" });
dataLayer.push({ event: "gtm.dom" });
