// A datalayer-lint-disable-next-line comment covers the line after the comment: the line of the push( call, which is where
// findings are reported. Suppressed findings stay in the report, marked suppressed.
window.dataLayer = window.dataLayer || [];

// datalayer-lint-disable-next-line money.decimals -- legacy amounts, fixed in TRACK-123
dataLayer.push({event: "refund", ecommerce: {transaction_id: "T1", currency: "USD", value: 7.777}}); // expect-suppressed: money.decimals /ecommerce/value

// Only the rules named are covered: the lower-case currency is still reported.
// datalayer-lint-disable-next-line money.decimals
dataLayer.push({event: "refund", ecommerce: {transaction_id: "T2", currency: "usd", value: 7.777}}); // expect: schema.pattern /ecommerce/currency // expect-suppressed: money.decimals /ecommerce/value // expect: ecommerce.missing-clear /ecommerce

// Several rules, separated by commas.
/* datalayer-lint-disable-next-line money.decimals, schema.pattern */
dataLayer.push({event: "refund", ecommerce: {transaction_id: "T3", currency: "usd", value: 7.777}}); // expect-suppressed: money.decimals /ecommerce/value // expect-suppressed: schema.pattern /ecommerce/currency // expect: ecommerce.missing-clear /ecommerce

// No rule: every rule.
// datalayer-lint-disable-next-line
dataLayer.push({event: "refund", ecommerce: {transaction_id: "T4", currency: "usd", value: 7.777}}); // expect-suppressed: money.decimals /ecommerce/value // expect-suppressed: schema.pattern /ecommerce/currency // expect-suppressed: ecommerce.missing-clear /ecommerce

// A push written over several lines: its findings stand at their fields' lines, and a comment before the line of
// push( covers every finding about the push, as one on a field's line covers that field.
// datalayer-lint-disable-next-line money.decimals
dataLayer.push({
  event: "refund",
  ecommerce: {transaction_id: "T5", currency: "USD", value: 7.777} // expect-suppressed: money.decimals /ecommerce/value // expect: ecommerce.missing-clear /ecommerce
});

// Only the next line: the push after it is reported.
// datalayer-lint-disable-next-line money.decimals
dataLayer.push({event: "page_view"});
dataLayer.push({event: "refund", ecommerce: {transaction_id: "T6", currency: "USD", value: 7.777}}); // expect: money.decimals /ecommerce/value // expect: ecommerce.missing-clear /ecommerce
