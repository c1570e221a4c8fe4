// An external script of the checkout page: a refund whose currency GA4 would reject.
dataLayer.push({ecommerce: null}); // at: clear
dataLayer.push({ // expect: schema.pattern /ecommerce/currency
  event: 'refund',
  ecommerce: {
    transaction_id: 'T-1001',
    currency: 'usd',
    value: 30.0,
  },
});
