// The Jackson baseline of bench/run: parses a recording into trees (what every check needs first) and does nothing
// else. NDJSON line by line, a JSON dump element by element, as datalayer-lint's readers do.
// usage: java -cp <datalayer-lint jar> bench/ParseOnly.java FILE
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

public class ParseOnly {
    public static void main(String[] args) throws Exception {
        ObjectMapper mapper = JsonMapper.builder().build();
        Path file = Path.of(args[0]);
        long pushes = 0;
        long fields = 0;
        if (file.toString().endsWith(".ndjson")) {
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                for (String line; (line = in.readLine()) != null; ) {
                    if (!line.isBlank()) {
                        JsonNode node = mapper.readTree(line);
                        fields += node.size();
                        pushes++;
                    }
                }
            }
        } else {
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                    JsonParser parser = mapper.createParser(in)) {
                if (parser.nextToken() == JsonToken.START_ARRAY) {
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        JsonNode node = parser.readValueAsTree();
                        fields += node.size();
                        pushes++;
                    }
                }
            }
        }
        System.out.println("{\"pushes\":" + pushes + ",\"fields\":" + fields + "}");
    }
}
