// GA4: "value is typically required for meaningful reporting" on the events that have it.
window.dataLayer = window.dataLayer || [];
dataLayer.push({ ecommerce: null });
dataLayer.push({ event: "add_to_cart", ecommerce: { currency: "USD", items: [{ item_id: "SKU_1", price: 9.99 }] } }); // expect: ecommerce.missing-value /ecommerce/value
dataLayer.push({ ecommerce: null });
dataLayer.push({ event: "select_item", ecommerce: { items: [{ item_id: "SKU_1", price: 9.99 }] } });
dataLayer.push({ ecommerce: null });
gtag("event", "begin_checkout", { currency: "USD", items: [{ item_id: "SKU_1", price: 9.99 }] }); // expect: ecommerce.missing-value /2/value
