package lv.praise.testkit;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.Projection;

/**
 * template.yaml read as data, so that the tests and the local server take tables, functions,
 * routes and environment from the one definition that deploys to AWS.
 */
public final class SamTemplate {
    /**
     * An HttpApi route of a function.
     *
     * @param authorizer the authorizer API Gateway runs before the function (the event's
     *                   {@code Auth.Authorizer}, else its API's {@code Auth.DefaultAuthorizer}); null when none
     */
    public record Route(String method, String path, String authorizer) {
        public Route(String method, String path) {
            this(method, path, null);
        }
    }

    /** A function: its handler class, its routes, and its environment as written (unresolved). */
    public record Function(String logicalId, String handlerClass, List<Route> routes, Map<String, Object> environment) {
    }

    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^}]+)}");

    /**
     * What {@link #evaluate} gives for {@code !Ref AWS::NoValue}: CloudFormation then leaves the property
     * (or the list entry) out, and so does {@code evaluate} inside maps and lists.
     */
    public static final Object NO_VALUE = new Object() {
        @Override
        public String toString() {
            return "AWS::NoValue";
        }
    };

    private final Map<String, Object> root;

    private SamTemplate(Map<String, Object> root) {
        this.root = root;
    }

    public static SamTemplate load() {
        return load(locate());
    }

    public static SamTemplate load(Path file) {
        LoaderOptions options = new LoaderOptions();
        Yaml yaml = new Yaml(new IntrinsicFunctions(options));
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new SamTemplate(yaml.load(reader));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    /** template.yaml of this repository, found from the working directory upwards. */
    public static Path locate() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("template.yaml");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("template.yaml not found above " + Path.of("").toAbsolutePath());
    }

    public Map<String, Object> resources() {
        return map(root.get("Resources"));
    }

    public Map<String, String> parameterDefaults() {
        Map<String, String> defaults = new LinkedHashMap<>();
        map(root.get("Parameters")).forEach((name, spec) -> {
            Object value = map(spec).get("Default");
            if (value != null) {
                defaults.put(name, String.valueOf(value));
            }
        });
        return defaults;
    }

    /** A parameter's declaration as written (Type, Default, AllowedPattern, ...); empty when there is none. */
    public Map<String, Object> parameter(String name) {
        return map(map(root.get("Parameters")).get(name));
    }

    /** Every parameter the template declares, with or without a default. */
    public List<String> parameterNames() {
        return List.copyOf(map(root.get("Parameters")).keySet());
    }

    public List<String> resourcesOfType(String type) {
        List<String> ids = new ArrayList<>();
        resources().forEach((id, resource) -> {
            if (type.equals(map(resource).get("Type"))) {
                ids.add(id);
            }
        });
        return ids;
    }

    public List<Function> functions() {
        Map<String, Object> globals = map(map(map(root.get("Globals")).get("Function")).get("Environment"));
        List<Function> functions = new ArrayList<>();
        for (String id : resourcesOfType("AWS::Serverless::Function")) {
            Map<String, Object> properties = properties(id);
            String handler = String.valueOf(properties.get("Handler"));
            Map<String, Object> environment = new LinkedHashMap<>(map(globals.get("Variables")));
            environment.putAll(map(map(properties.get("Environment")).get("Variables")));
            List<Route> routes = new ArrayList<>();
            map(properties.get("Events")).values().forEach(event -> {
                Map<String, Object> e = map(event);
                if ("HttpApi".equals(e.get("Type"))) {
                    Map<String, Object> p = map(e.get("Properties"));
                    routes.add(new Route(String.valueOf(p.get("Method")).toUpperCase(), String.valueOf(p.get("Path")),
                            authorizer(p)));
                }
            });
            functions.add(new Function(id, handler.substring(0, handler.indexOf("::")), routes, environment));
        }
        return functions;
    }

    /**
     * The authorizers of the HTTP APIs ({@code Auth.Authorizers} of each {@code AWS::Serverless::HttpApi},
     * and of {@code Globals.HttpApi}): name → definition as written.
     */
    public Map<String, Map<String, Object>> httpApiAuthorizers() {
        Map<String, Map<String, Object>> authorizers = new LinkedHashMap<>();
        List<Map<String, Object>> apis = new ArrayList<>();
        apis.add(map(map(root.get("Globals")).get("HttpApi")));
        resourcesOfType("AWS::Serverless::HttpApi").forEach(id -> apis.add(properties(id)));
        for (Map<String, Object> api : apis) {
            map(map(api.get("Auth")).get("Authorizers")).forEach((name, definition) -> authorizers.put(name, map(definition)));
        }
        return authorizers;
    }

    /** A route's authorizer as SAM sets it: its own, else its API's default; "NONE" means none. */
    private String authorizer(Map<String, Object> eventProperties) {
        Object own = map(eventProperties.get("Auth")).get("Authorizer");
        if (own == null) {
            Map<String, Object> api = eventProperties.get("ApiId") instanceof Map<?, ?> id && map(id).get("Ref") instanceof String ref
                    ? properties(ref) : map(map(root.get("Globals")).get("HttpApi"));
            own = map(api.get("Auth")).get("DefaultAuthorizer");
        }
        return own == null || "NONE".equals(own) ? null : String.valueOf(own);
    }

    /** The CreateTable request for a table resource, under the given physical name. */
    public CreateTableRequest createTable(String logicalId, String tableName) {
        Map<String, Object> p = properties(logicalId);
        CreateTableRequest.Builder request = CreateTableRequest.builder()
                .tableName(tableName)
                .billingMode(BillingMode.fromValue(String.valueOf(p.get("BillingMode"))))
                .attributeDefinitions(list(p.get("AttributeDefinitions")).stream().map(SamTemplate::map)
                        .map(a -> AttributeDefinition.builder().attributeName((String) a.get("AttributeName"))
                                .attributeType((String) a.get("AttributeType")).build()).toList())
                .keySchema(keySchema(p.get("KeySchema")));
        List<GlobalSecondaryIndex> indexes = list(p.get("GlobalSecondaryIndexes")).stream().map(SamTemplate::map)
                .map(i -> GlobalSecondaryIndex.builder()
                        .indexName((String) i.get("IndexName"))
                        .keySchema(keySchema(i.get("KeySchema")))
                        .projection(projection(map(i.get("Projection"))))
                        .build()).toList();
        if (!indexes.isEmpty()) {
            request.globalSecondaryIndexes(indexes);
        }
        return request.build();
    }

    public Map<String, Object> properties(String logicalId) {
        return map(map(resources().get(logicalId)).get("Properties"));
    }

    /**
     * Resolves a value as CloudFormation would, from the names given (parameters, resources):
     * plain values, {@code Ref} and {@code Fn::Sub}. Anything else, or an unknown name, gives null.
     */
    public static String resolve(Object value, Map<String, String> names) {
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return String.valueOf(value);
        }
        Map<String, Object> intrinsic = map(value);
        if (intrinsic.get("Ref") instanceof String ref) {
            return names.get(ref);
        }
        if (intrinsic.get("Fn::Sub") instanceof String text) {
            Matcher m = SUB_VARIABLE.matcher(text);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String replacement = names.get(m.group(1));
                if (replacement == null) {
                    return null;
                }
                m.appendReplacement(out, Matcher.quoteReplacement(replacement));
            }
            m.appendTail(out);
            return out.toString();
        }
        return null;
    }

    /**
     * Whether a condition of the template's {@code Conditions} holds when the template's names have these
     * values: {@code Fn::Equals}, {@code Fn::Not}, {@code Fn::And}, {@code Fn::Or} and {@code Condition}, over
     * what {@link #evaluate} makes of their operands.
     *
     * @throws IllegalStateException naming the condition when it is not declared, or when it compares a
     *                               value that does not resolve from {@code names}
     */
    public boolean condition(String name, Map<String, String> names) {
        Object expression = map(root.get("Conditions")).get(name);
        if (expression == null) {
            throw new IllegalStateException("condition " + name + " is not declared under Conditions");
        }
        return holds(expression, names, "condition " + name);
    }

    /**
     * The rules' messages ({@code Rules}, each {@code AssertDescription}) that refuse a deploy with these
     * parameter values; empty when CloudFormation would go ahead.
     */
    public List<String> ruleViolations(Map<String, String> names) {
        List<String> violations = new ArrayList<>();
        map(root.get("Rules")).forEach((rule, definition) -> {
            Map<String, Object> r = map(definition);
            Object when = r.get("RuleCondition");
            if (when != null && !holds(when, names, "rule " + rule)) {
                return;
            }
            for (Object assertion : list(r.get("Assertions"))) {
                Map<String, Object> a = map(assertion);
                if (!holds(a.get("Assert"), names, "rule " + rule)) {
                    violations.add(rule + ": " + String.valueOf(a.get("AssertDescription")).strip());
                }
            }
        });
        return violations;
    }

    /**
     * A value as written in the template, as CloudFormation would deploy it with these values of the
     * template's names (parameters, resources, pseudo parameters): {@code Fn::If} decided by the template's
     * conditions, {@code Ref} and {@code Fn::Sub} of the names given resolved, {@code !Ref AWS::NoValue}
     * given as {@link #NO_VALUE} (and left out of maps and lists). What can't be resolved here (an unknown
     * name, {@code Fn::GetAtt}, ...) is kept as written, its arguments evaluated.
     */
    public Object evaluate(Object value, Map<String, String> names) {
        if (value instanceof List<?> items) {
            List<Object> out = new ArrayList<>();
            for (Object item : items) {
                Object evaluated = evaluate(item, names);
                if (evaluated != NO_VALUE) {
                    out.add(evaluated);
                }
            }
            return out;
        }
        if (!(value instanceof Map<?, ?>)) {
            return value;
        }
        Map<String, Object> m = map(value);
        if (m.size() == 1 && m.get("Ref") instanceof String ref) {
            return "AWS::NoValue".equals(ref) ? NO_VALUE : names.containsKey(ref) ? names.get(ref) : value;
        }
        if (m.size() == 1 && m.get("Fn::Sub") instanceof String) {
            String resolved = resolve(value, names);
            return resolved == null ? value : resolved;
        }
        if (m.size() == 1 && m.containsKey("Fn::If")) {
            List<Object> branches = list(m.get("Fn::If"));
            if (branches.size() != 3 || !(branches.get(0) instanceof String name)) {
                throw new IllegalStateException("Fn::If takes [condition, value if true, value if false], not " + value);
            }
            return evaluate(branches.get(condition(name, names) ? 1 : 2), names);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((key, v) -> {
            Object evaluated = evaluate(v, names);
            if (evaluated != NO_VALUE) {
                out.put(key, evaluated);
            }
        });
        return out;
    }

    private boolean holds(Object expression, Map<String, String> names, String where) {
        Map<String, Object> m = map(expression);
        if (m.get("Condition") instanceof String other) {
            return condition(other, names);
        }
        if (m.containsKey("Fn::Equals")) {
            List<Object> operands = list(m.get("Fn::Equals"));
            if (operands.size() != 2) {
                throw new IllegalStateException(where + ": Fn::Equals takes two values, not " + operands);
            }
            return scalar(operands.get(0), names, where).equals(scalar(operands.get(1), names, where));
        }
        if (m.containsKey("Fn::Not")) {
            return !holds(list(m.get("Fn::Not")).get(0), names, where);
        }
        if (m.containsKey("Fn::And")) {
            return list(m.get("Fn::And")).stream().allMatch(c -> holds(c, names, where));
        }
        if (m.containsKey("Fn::Or")) {
            return list(m.get("Fn::Or")).stream().anyMatch(c -> holds(c, names, where));
        }
        throw new IllegalStateException(where + ": only Fn::Equals, Fn::Not, Fn::And, Fn::Or and Condition are "
                + "evaluated here, not " + expression);
    }

    private String scalar(Object operand, Map<String, String> names, String where) {
        Object value = evaluate(operand, names);
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return String.valueOf(value);
        }
        throw new IllegalStateException(where + " compares " + operand + ", which has no value here");
    }

    /** An index's projection, with its non-key attributes when it includes only some (INCLUDE). */
    private static Projection projection(Map<String, Object> p) {
        Projection.Builder projection = Projection.builder().projectionType((String) p.get("ProjectionType"));
        List<Object> nonKey = list(p.get("NonKeyAttributes"));
        if (!nonKey.isEmpty()) {
            projection.nonKeyAttributes(nonKey.stream().map(String::valueOf).toList());
        }
        return projection.build();
    }

    private static List<KeySchemaElement> keySchema(Object schema) {
        return list(schema).stream().map(SamTemplate::map)
                .map(k -> KeySchemaElement.builder().attributeName((String) k.get("AttributeName"))
                        .keyType((String) k.get("KeyType")).build()).toList();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return value instanceof List<?> l ? (List<Object>) l : List.of();
    }

    /** Reads CloudFormation's short forms (!Ref, !Sub, !GetAtt, !Condition, ...) as their long, map forms. */
    private static final class IntrinsicFunctions extends SafeConstructor {
        IntrinsicFunctions(LoaderOptions options) {
            super(options);
            yamlMultiConstructors.put("!", new AbstractConstruct() {
                @Override
                public Object construct(Node node) {
                    String tag = node.getTag().getValue().substring(1);
                    String name = tag.equals("Ref") || tag.equals("Condition") ? tag : "Fn::" + tag;
                    Object value;
                    if (node instanceof ScalarNode scalar) {
                        value = constructScalar(scalar);
                    } else if (node instanceof SequenceNode sequence) {
                        value = constructSequence(sequence);
                    } else {
                        value = constructMapping((MappingNode) node);
                    }
                    return Map.of(name, value);
                }
            });
        }
    }
}
