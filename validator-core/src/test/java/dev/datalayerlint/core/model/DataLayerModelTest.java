package dev.datalayerlint.core.model;

import static dev.datalayerlint.core.TestPushes.json;
import static dev.datalayerlint.core.TestPushes.recording;
import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.core.TestPushes;
import dev.datalayerlint.core.spi.Push;
import dev.datalayerlint.core.values.JsValues;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class DataLayerModelTest {

    private static DataLayerModel replay(TestPushes recording) {
        DataLayerModel model = new DataLayerModel();
        recording.pushes().forEach(model::apply);
        return model;
    }

    private static void assertModel(TestPushes recording, String expected) {
        assertThat(replay(recording).state()).isEqualTo(json(expected));
    }

    @Nested
    class ObjectPushes {

        @Test
        void newKeysAreAdded() {
            assertModel(recording().push("{page: 'home'}").push("{user: 'u1'}"), "{page: 'home', user: 'u1'}");
        }

        @Test
        void primitivesOverwrite() {
            assertModel(recording().push("{step: 1}").push("{step: 'two'}"), "{step: 'two'}");
        }

        @Test
        void dottedTopLevelKeyIsAPath() {
            assertModel(recording().push("{'a.b': 1}"), "{a: {b: 1}}");
        }

        @Test
        void dottedKeyMergesIntoWhatIsThere() {
            assertModel(recording().push("{a: {x: 1}}").push("{'a.b.c': 2}"), "{a: {x: 1, b: {c: 2}}}");
        }

        @Test
        void dottedKeyKeepsEmptySegmentsAsSplitDoes() {
            assertModel(recording().push("{'a..b': 1, '.c': 2}"), "{a: {'': {b: 1}}, '': {c: 2}}");
        }

        @Test
        void dottedKeyReplacesANonObjectOnItsWay() {
            assertModel(recording().push("{a: 'text'}").push("{'a.b': 1}"), "{a: {b: 1}}");
        }

        @Test
        void keysOfOnePushApplyInOrder() {
            assertModel(recording().push("{a: {x: 1}, 'a.y': 2}"), "{a: {x: 1, y: 2}}");
            assertModel(recording().push("{'a.y': 2, a: 7}"), "{a: 7}");
        }

        @Test
        void integerLikeKeysComeFirstAsInJavaScript() {
            // JS iterates {'1.x': …, '1': 5} as '1' then '1.x'.
            assertModel(recording().push("{'1.x': 2, '1': 5}"), "{'1': {x: 2}}");
        }

        @Test
        void plainObjectsMergeRecursively() {
            assertModel(
                    recording().push("{one: {two: {three: 3}}}").push("{one: {two: {four: 4}, five: 5}}"),
                    "{one: {two: {three: 3, four: 4}, five: 5}}");
        }
    }

    @Nested
    class Arrays {

        @Test
        void mergeIndexByIndexAndAreNeverTruncated() {
            assertModel(recording().push("{l: ['A', 'B', 'C']}").push("{l: ['X']}"), "{l: ['X', 'B', 'C']}");
        }

        @Test
        void longerArrayExtendsTheShorter() {
            assertModel(recording().push("{l: [1]}").push("{l: [7, 8, 9]}"), "{l: [7, 8, 9]}");
        }

        @Test
        void emptyArrayChangesNothing() {
            assertModel(recording().push("{l: [1, 2]}").push("{l: []}"), "{l: [1, 2]}");
        }

        @Test
        void objectElementsMergeWithTheElementAtTheSameIndex() {
            assertModel(
                    recording()
                            .push("{items: [{item_id: 'A', price: 10}, {item_id: 'B'}]}")
                            .push("{items: [{item_id: 'C'}]}"),
                    "{items: [{item_id: 'C', price: 10}, {item_id: 'B'}]}");
        }

        @Test
        void nestedArraysMergeToo() {
            assertModel(recording().push("{a: [[[2, 3]]]}").push("{a: [[[1]]]}"), "{a: [[[1, 3]]]}");
        }

        @Test
        void undefinedElementOverwritesItsIndex() {
            assertModel(recording().push("{l: [1, 2]}").push("{l: ['<undefined>']}"), "{l: ['<undefined>', 2]}");
        }
    }

    @Nested
    class KindChanges {

        @Test
        void objectReplacesArray() {
            assertModel(recording().push("{a: [1]}").push("{a: {x: 1}}"), "{a: {x: 1}}");
        }

        @Test
        void arrayReplacesObject() {
            assertModel(recording().push("{a: {x: 1}}").push("{a: [1]}"), "{a: [1]}");
        }

        @Test
        void objectReplacesPrimitive() {
            assertModel(recording().push("{a: 'hello'}").push("{a: {ducks: 'quack'}}"), "{a: {ducks: 'quack'}}");
        }

        @Test
        void primitiveReplacesObjectAndArray() {
            assertModel(recording().push("{a: {x: 1}, b: [1]}").push("{a: 42, b: 'x'}"), "{a: 42, b: 'x'}");
        }

        @Test
        void functionReplacesAndIsReplaced() {
            assertModel(recording().push("{cb: {x: 1}}").push("{cb: '<function>'}"), "{cb: '<function>'}");
            assertModel(recording().push("{cb: '<function>'}").push("{cb: {x: 1}}"), "{cb: {x: 1}}");
        }
    }

    @Nested
    class NullAndUndefined {

        @Test
        void nullOverwritesSoEcommerceNullResets() {
            assertModel(
                    recording()
                            .push("{ecommerce: {transaction_id: 'T1', value: 50, items: [{item_id: 'A'}]}}")
                            .push("{ecommerce: null}")
                            .push("{ecommerce: {currency: 'EUR'}}"),
                    "{ecommerce: {currency: 'EUR'}}");
        }

        @Test
        void withoutTheResetTheOldKeysStay() {
            assertModel(
                    recording()
                            .push("{ecommerce: {value: 50, items: [{item_id: 'A'}]}}")
                            .push("{ecommerce: {value: 9}}"),
                    "{ecommerce: {value: 9, items: [{item_id: 'A'}]}}");
        }

        @Test
        void nestedNullOverwritesOnlyItsKey() {
            assertModel(recording().push("{a: {b: {c: 1}, d: 2}}").push("{a: {b: null}}"), "{a: {b: null, d: 2}}");
        }

        @Test
        void undefinedIsStoredNotDeleted() {
            DataLayerModel model = replay(recording().push("{a: 1, b: 2}").push("{a: '<undefined>'}"));

            assertThat(model.state().has("a")).isTrue();
            assertThat(JsValues.isUndefined(model.state().get("a"))).isTrue();
            assertThat(JsValues.isUndefined(model.get("a"))).isTrue();
        }

        @Test
        void objectAfterUndefinedStartsFresh() {
            assertModel(
                    recording().push("{a: {x: 1}}").push("{a: '<undefined>'}").push("{a: {y: 2}}"), "{a: {y: 2}}");
        }
    }

    @Nested
    class ClearFlag {

        @Test
        void nestedFlagMakesThatObjectsPropertiesReplace() {
            // data-layer-helper README: {one:{two:{three:3}}, five:[1,2]} + {one:{two:{four:4}, _clear:true}, five:[3]}
            assertModel(
                    recording()
                            .push("{one: {two: {three: 3}, six: 6}, five: [1, 2]}")
                            .push("{one: {two: {four: 4}, _clear: true}, five: [3]}"),
                    "{one: {two: {four: 4}, six: 6}, five: [3, 2]}");
        }

        @Test
        void nestedFlagReplacesArraysWhole() {
            assertModel(
                    recording().push("{a: {list: [1, 2, 3]}}").push("{a: {list: [9], _clear: true}}"),
                    "{a: {list: [9]}}");
        }

        @Test
        void pushLevelFlagMakesEveryKeyOfThePushReplace() {
            assertModel(
                    recording()
                            .push("{one: {two: {three: 3}}, five: [1, 2], keep: 1}")
                            .push("{one: {two: {four: 4}}, five: [3], _clear: true}"),
                    "{one: {two: {four: 4}}, five: [3], keep: 1}");
        }

        @Test
        void pushLevelFlagReplacesOnlyTheLeafOfADottedKey() {
            assertModel(
                    recording()
                            .push("{'a.b': {f: 1}}")
                            .push("{'a.b.c': {d: 1}}")
                            .push("{'a.b.c': {e: 1}, _clear: true}"),
                    "{a: {b: {c: {e: 1}, f: 1}}}");
        }

        @Test
        void anyTruthyValueCounts() {
            for (String flag : new String[] {"true", "1", "'yes'", "{}", "[]"}) {
                assertModel(recording().push("{a: {x: 1}}").push("{a: {}, _clear: " + flag + "}"), "{a: {}}");
            }
        }

        @Test
        void falsyValuesMerge() {
            for (String flag : new String[] {"false", "0", "''", "null", "'<undefined>'"}) {
                assertModel(
                        recording().push("{a: {x: 1}}").push("{a: {y: 2, _clear: " + flag + "}}"), "{a: {x: 1, y: 2}}");
            }
        }

        @Test
        void flagIsNeverStored() {
            assertModel(recording().push("{_clear: true}").push("{a: {_clear: false}}"), "{a: {}}");
        }

        @Test
        void valuesReplacedUnderAFlagAreCopiedAsTheyAre() {
            // Under a flag the reference assigns the value itself, so a flag deeper inside it is not interpreted.
            assertModel(
                    recording().push("{a: {b: {_clear: true, x: 1}, _clear: true}}"), "{a: {b: {_clear: true, x: 1}}}");
        }
    }

    @Nested
    class GtagPushes {

        @Test
        void setWithAnObjectMergesLikeAnObjectPush() {
            assertModel(
                    recording().push("{a: {x: 1}}").gtag("['set', {a: {y: 2}, 'b.c': 3}]"),
                    "{a: {x: 1, y: 2}, b: {c: 3}}");
        }

        @Test
        void setWithKeyAndValueMergesAtTheDottedPath() {
            assertModel(recording().push("{a: {x: 1}}").gtag("['set', 'a.y', 2]"), "{a: {x: 1, y: 2}}");
        }

        @Test
        void setWithAnotherArgumentCountIsIgnored() {
            assertModel(
                    recording().gtag("['set']").gtag("['set', 'a', 1, 'extra']").gtag("['set', 2, 1]"), "{}");
        }

        @Test
        void eventConfigJsAndConsentLeaveTheModelAlone() {
            assertModel(
                    recording()
                            .gtag("['js', 'today']")
                            .gtag("['config', 'G-1', {send_page_view: false}]")
                            .gtag("['consent', 'default', {ad_storage: 'denied'}]")
                            .gtag("['event', 'refund', {transaction_id: 'T1'}]"),
                    "{}");
        }
    }

    @Nested
    class CommandPushes {

        @Test
        void pushAppendsToTheArrayAtThePath() {
            assertModel(
                    recording()
                            .push("{ecommerce: {items: [{item_id: 'A'}]}}")
                            .push("['ecommerce.items.push', {item_id: 'B'}, 3]"),
                    "{ecommerce: {items: [{item_id: 'A'}, {item_id: 'B'}, 3]}}");
        }

        @Test
        void otherMutatingArrayMethods() {
            assertModel(recording().push("{a: [1, 2, 3]}").push("['a.pop']"), "{a: [1, 2]}");
            assertModel(recording().push("{a: [1, 2, 3]}").push("['a.shift']"), "{a: [2, 3]}");
            assertModel(recording().push("{a: [1, 2, 3]}").push("['a.unshift', -1, 0]"), "{a: [-1, 0, 1, 2, 3]}");
            assertModel(recording().push("{a: [1, 2, 3]}").push("['a.reverse']"), "{a: [3, 2, 1]}");
            assertModel(
                    recording().push("{a: [1, 2, 3, 4, 5]}").push("['a.splice', 2, 1, 'x', 'y']"),
                    "{a: [1, 2, 'x', 'y', 4, 5]}");
            assertModel(recording().push("{a: [1, 2, 3, 4, 5]}").push("['a.splice', -2]"), "{a: [1, 2, 3]}");
            assertModel(recording().push("{a: [1, 2, 3]}").push("['a.splice', 1, 1e308]"), "{a: [1]}");
        }

        @Test
        void sortComparesAsStringsAndPutsUndefinedLast() {
            assertModel(
                    recording().push("{a: [10, '<undefined>', 9, 1, 'b']}").push("['a.sort']"),
                    "{a: [1, 10, 9, 'b', '<undefined>']}");
        }

        @Test
        void sortWithAComparatorCannotBeReplayedAndIsIgnored() {
            assertModel(recording().push("{a: [3, 1, 2]}").push("['a.sort', '<function>']"), "{a: [3, 1, 2]}");
        }

        @Test
        void nonMutatingAndUnknownMethodsChangeNothing() {
            assertModel(recording().push("{a: [1]}").push("['a.concat', [2]]").push("['a.frobnicate', 2]"), "{a: [1]}");
        }

        @Test
        void missingPathAndNonArrayTargetsAreIgnored() {
            assertModel(
                    recording()
                            .push("{o: {x: 1}, s: 'text'}")
                            .push("['nope.items.push', 1]")
                            .push("['o.push', 1]")
                            .push("['s.push', 1]"),
                    "{o: {x: 1}, s: 'text'}");
        }

        @Test
        void commandWithoutAStringFirstIsIgnored() {
            assertModel(recording().push("{a: [1]}").push("[1, 2]").push("[]"), "{a: [1]}");
        }

        @Test
        void pathMayRunThroughArrayIndexes() {
            assertModel(recording().push("{a: [{l: [1]}]}").push("['a.0.l.push', 2]"), "{a: [{l: [1, 2]}]}");
        }
    }

    @Nested
    class FunctionAndOtherPushes {

        @Test
        void functionSetsApplyInOrderAsMerges() {
            assertModel(
                    recording().push("{a: {x: 1}}").function("[{'a.y': 2}, {b: [1, 2]}, {b: [9]}]"),
                    "{a: {x: 1, y: 2}, b: [9, 2]}");
        }

        @Test
        void bareFunctionMarkerChangesNothing() {
            assertModel(
                    recording().push("{a: 1}").add(JsValues.FUNCTION, Push.kindOf(JsValues.FUNCTION, false)), "{a: 1}");
        }

        @Test
        void primitivesAreIgnored() {
            assertModel(recording().push("{a: 1}").push("'gtm.js'").push("42"), "{a: 1}");
        }

        @Test
        void setIsWhatAFunctionPushDoes() {
            DataLayerModel model = new DataLayerModel();
            model.set("a.b", json("{c: 1}"));
            model.set("a.b", json("{d: 2}"));

            assertThat(model.state()).isEqualTo(json("{a: {b: {c: 1, d: 2}}}"));
        }
    }

    @Nested
    class Reading {

        private final DataLayerModel model =
                replay(recording().push("{ecommerce: {items: [{item_id: 'A'}, {item_id: 'B'}]}, n: null, s: 'abc'}"));

        @Test
        void getFollowsDottedPathsIndexesAndLength() {
            assertThat(model.get("ecommerce.items.1.item_id")).isEqualTo(json("'B'"));
            assertThat(model.get("ecommerce.items.length")).isEqualTo(json("2"));
            assertThat(model.get("s.length")).isEqualTo(json("3"));
            assertThat(model.get("n")).isEqualTo(json("null"));
        }

        @Test
        void getAnswersUndefinedForWhatIsNotThere() {
            assertThat(JsValues.isUndefined(model.get("ecommerce.value"))).isTrue();
            assertThat(JsValues.isUndefined(model.get("ecommerce.items.2.item_id")))
                    .isTrue();
            assertThat(JsValues.isUndefined(model.get("n.x"))).isTrue();
            assertThat(JsValues.isUndefined(model.get("ecommerce.items.01"))).isTrue();
        }

        @Test
        void snapshotIsIndependentAndPayloadsAreNeverShared() {
            TestPushes recording = recording().push("{a: {l: [1]}}");
            JsonNode payload = recording.pushes().get(0).payload();
            DataLayerModel replayed = replay(recording);
            JsonNode before = replayed.snapshot();

            replayed.apply(recording().push("{a: {l: [2, 3]}}").pushes().get(0));

            assertThat(before).isEqualTo(json("{a: {l: [1]}}"));
            assertThat(payload).isEqualTo(json("{a: {l: [1]}}"));
            assertThat(replayed.state()).isEqualTo(json("{a: {l: [2, 3]}}"));
        }
    }
}
