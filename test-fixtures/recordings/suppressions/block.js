// /* datalayer-lint-disable RULE */ covers everything after it up to /* datalayer-lint-enable */, or to the end of the
// file when it is not re-enabled.
window.dataLayer = window.dataLayer || [];
dataLayer.push({event: "refund", ecommerce: {transaction_id: "T1", currency: "USD", value: 7.777}}); // expect: money.decimals /ecommerce/value

/* datalayer-lint-disable money.decimals */
dataLayer.push({event: "refund", ecommerce: {transaction_id: "T2", currency: "USD", value: 7.777}}); // expect-suppressed: money.decimals /ecommerce/value // expect: ecommerce.missing-clear /ecommerce
dataLayer.push({event: "refund", ecommerce: {transaction_id: "T3", currency: "usd", value: 7.777}}); // expect: schema.pattern /ecommerce/currency // expect-suppressed: money.decimals /ecommerce/value // expect: ecommerce.missing-clear /ecommerce
/* datalayer-lint-enable */

dataLayer.push({event: "refund", ecommerce: {transaction_id: "T4", currency: "USD", value: 7.777}}); // expect: money.decimals /ecommerce/value // expect: ecommerce.missing-clear /ecommerce

/* datalayer-lint-disable */
dataLayer.push({event: "refund", ecommerce: {transaction_id: "T5", currency: "usd", value: 7.777}}); // expect-suppressed: money.decimals /ecommerce/value // expect-suppressed: schema.pattern /ecommerce/currency // expect-suppressed: ecommerce.missing-clear /ecommerce

/* datalayer-lint-enable schema.pattern */
dataLayer.push({event: "refund", ecommerce: {transaction_id: "T6", currency: "usd", value: 7.777}}); // expect: schema.pattern /ecommerce/currency // expect-suppressed: money.decimals /ecommerce/value // expect-suppressed: ecommerce.missing-clear /ecommerce

// not re-enabled: the rest of the file stays suppressed
dataLayer.push({event: "refund", ecommerce: {transaction_id: "T7", currency: "USD", value: 7.777}}); // expect-suppressed: money.decimals /ecommerce/value // expect-suppressed: ecommerce.missing-clear /ecommerce
