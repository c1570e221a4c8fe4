package dev.datalayerlint.core.rules;

/** Pushes the refund and e-commerce rule tests share: one purchase, the clear, a refund of it. */
final class RulePushes {

    /** Purchase T1: 2 × SKU1 at 10.00 and 1 × SKU2 at 30.00, value 50.00 USD. */
    static final String PURCHASE_T1 =
            "{event: 'purchase', ecommerce: {transaction_id: 'T1', currency: 'USD', value: 50.00,"
                    + " items: [{item_id: 'SKU1', item_name: 'Socks', price: 10.00, quantity: 2},"
                    + " {item_id: 'SKU2', item_name: 'Hat', price: 30.00, quantity: 1}]}}";

    static final String CLEAR = "{ecommerce: null}";

    private RulePushes() {}

    /** A refund push of T1 with the given ecommerce members after {@code transaction_id}. */
    static String refund(String members) {
        return "{event: 'refund', ecommerce: {transaction_id: 'T1'" + (members.isEmpty() ? "" : ", " + members) + "}}";
    }
}
