// A refund whose purchase happened elsewhere (admin panel, webhook) is normal.
window.dataLayer = window.dataLayer || [];
dataLayer.push({ ecommerce: null });
dataLayer.push({ event: "refund", ecommerce: { transaction_id: "T404", currency: "USD", value: 99.99 } });
