// A datalayer-lint-disable-line comment covers its own line; text after -- is a reason. Directives must open their comment, and
// text in strings is not a comment.
window.dataLayer = window.dataLayer || [];
dataLayer.push({event: "refund", ecommerce: {transaction_id: "T1", currency: "USD", value: 7.777}}); // datalayer-lint-disable-line money.decimals -- expect-suppressed: money.decimals /ecommerce/value
dataLayer.push({event: "refund", ecommerce: {transaction_id: "// datalayer-lint-disable-line", currency: "USD", value: 7.777}}); // expect: money.decimals /ecommerce/value // expect: ecommerce.missing-clear /ecommerce
// see datalayer-lint-disable-next-line in the docs (not a directive: it does not open the comment)
dataLayer.push({event: "refund", ecommerce: {transaction_id: "T3", currency: "USD", value: 7.777}}); // expect: money.decimals /ecommerce/value // expect: ecommerce.missing-clear /ecommerce
