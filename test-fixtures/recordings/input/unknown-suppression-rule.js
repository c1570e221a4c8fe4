// A mistyped rule id suppresses nothing, and says so instead of failing silently.
window.dataLayer = window.dataLayer || [];
// datalayer-lint-disable-next-line money.decimal -- legacy amounts // expect: input.unknown-rule
dataLayer.push({event: "refund", ecommerce: {transaction_id: "T1", currency: "USD", value: 7.777}}); // expect: money.decimals /ecommerce/value
// datalayer-lint-disable-next-line money.decimals -- spelled right
dataLayer.push({event: "refund", ecommerce: {transaction_id: "T2", currency: "USD", value: 7.777}}); // expect-suppressed: money.decimals /ecommerce/value // expect: ecommerce.missing-clear /ecommerce
