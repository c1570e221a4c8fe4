package dev.datalayerlint.core.recording;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.core.values.Json;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** GA4 collect parameters as gtag.js sends them, read back into the event a push would carry. */
class Ga4HitDecoderTest {

    @Test
    void aBatchedCollectRequestIsOneHitPerBodyLineOnTheSharedQueryParameters() {
        List<ObjectNode> hits = Ga4HitDecoder.collectHits(
                "v=2&tid=G-SHOP0001&cu=EUR", "en=purchase&epn.value=12.5\n\nen=user_engagement&_et=310\n");

        assertThat(hits).hasSize(2);
        assertThat(hits.get(0).toString())
                .isEqualTo(
                        "{\"v\":\"2\",\"tid\":\"G-SHOP0001\",\"cu\":\"EUR\",\"en\":\"purchase\",\"epn.value\":\"12.5\"}");
        assertThat(hits.get(1).get("en").asString()).isEqualTo("user_engagement");
        assertThat(Ga4HitDecoder.collectHits("en=page_view", null)).hasSize(1);
    }

    @Test
    void parametersBecomeTheEventAPushWouldCarry() {
        ObjectNode params = Ga4HitDecoder.parameters("v=2&tid=G-1&cid=1.2&en=purchase&cu=USD"
                + "&ep.transaction_id=T-1&epn.value=0.30000000000000004&epn.tax=x&ep.page_type=checkout"
                + "&pr2=idSKU-2~nmRain%20jacket~pr30~qt2~k0colour~v0blue~brAcme"
                + "&pr1=idSKU-1~nmTrail%20shoe~pr7.77~qt1~ca~lp0");

        assertThat(Ga4HitDecoder.event(params).toString())
                .isEqualTo("{\"event\":\"purchase\",\"page_type\":\"checkout\",\"ecommerce\":{\"currency\":\"USD\","
                        + "\"transaction_id\":\"T-1\",\"value\":0.30000000000000004,\"tax\":\"x\",\"items\":["
                        + "{\"item_id\":\"SKU-1\",\"item_name\":\"Trail shoe\",\"price\":7.77,\"quantity\":1,"
                        + "\"item_category\":\"\",\"index\":0},"
                        + "{\"item_id\":\"SKU-2\",\"item_name\":\"Rain jacket\",\"price\":30,\"quantity\":2,"
                        + "\"item_brand\":\"Acme\",\"colour\":\"blue\"}]}}");
    }

    @Test
    void aMeasurementProtocolBodyIsOneEventPerEntry() throws Exception {
        List<ObjectNode> events = Ga4HitDecoder.measurementProtocolEvents(Json.MAPPER.readTree("""
                {"client_id": "1.2", "events": [
                  {"name": "refund", "params": {"transaction_id": "T-1", "currency": "usd", "value": 5, "reason": "x"}},
                  {"name": "tutorial_begin"}
                ]}"""));

        assertThat(events)
                .extracting(ObjectNode::toString)
                .containsExactly(
                        "{\"event\":\"refund\",\"reason\":\"x\",\"ecommerce\":{\"transaction_id\":\"T-1\","
                                + "\"currency\":\"usd\",\"value\":5}}",
                        "{\"event\":\"tutorial_begin\"}");
        assertThat(Ga4HitDecoder.measurementProtocolEvents(Ga4HitDecoder.json("not json")))
                .isEmpty();
    }

    @Test
    void aMalformedEscapeIsKeptAsSent() {
        assertThat(Ga4HitDecoder.parameters("ep.note=100%&en=x").get("ep.note").asString())
                .isEqualTo("100%");
    }
}
