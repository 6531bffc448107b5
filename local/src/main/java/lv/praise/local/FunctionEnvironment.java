package lv.praise.local;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import lv.praise.testkit.SamTemplate;

/**
 * The functions' settings for the local run, resolved from the environment each function declares
 * in template.yaml – so a variable added there reaches the local run without a change here. A value
 * chosen by {@code Fn::If} follows the template's Conditions with the local values of the parameters;
 * a variable whose value is {@code !Ref AWS::NoValue} is left out, as Lambda would.
 */
final class FunctionEnvironment {
    private FunctionEnvironment() {
    }

    /**
     * Resolves every variable of every function.
     *
     * @param localNames  values for template names (parameters, resources, pseudo parameters) that
     *                    override the parameters' defaults
     * @param substitutes a local stand-in for each variable the template fills from something that
     *                    cannot exist locally (a secret); used only when the value does not resolve
     * @return variable → value, the same for every function (one JVM runs them all)
     * @throws IllegalStateException naming the variable that has no local value, or a variable two
     *                               functions give different values
     */
    static Map<String, String> resolve(SamTemplate template, Map<String, String> localNames,
                                       Map<String, Supplier<String>> substitutes) {
        Map<String, String> names = new LinkedHashMap<>(template.parameterDefaults());
        names.putAll(localNames);
        Map<String, String> values = new TreeMap<>();
        Map<String, String> definedBy = new LinkedHashMap<>();
        Map<String, String> substituted = new LinkedHashMap<>();
        for (SamTemplate.Function function : template.functions()) {
            for (var variable : function.environment().entrySet()) {
                String name = variable.getKey();
                Object evaluated = template.evaluate(variable.getValue(), names);
                if (evaluated == SamTemplate.NO_VALUE) {
                    continue;
                }
                String value = evaluated instanceof String || evaluated instanceof Number || evaluated instanceof Boolean
                        ? String.valueOf(evaluated) : null;
                if (value == null) {
                    Supplier<String> substitute = substitutes.get(name);
                    if (substitute == null) {
                        throw new IllegalStateException("function " + function.logicalId() + ": environment variable "
                                + name + " = " + variable.getValue() + " has no local value; give it one in "
                                + "local/ (a template parameter default or a substitute in LocalServer)");
                    }
                    value = substituted.computeIfAbsent(name, n -> substitute.get());
                }
                String earlier = values.putIfAbsent(name, value);
                if (earlier != null && !earlier.equals(value)) {
                    throw new IllegalStateException("environment variable " + name + " differs between functions "
                            + definedBy.get(name) + " and " + function.logicalId()
                            + "; the local run sets one value for all functions");
                }
                definedBy.putIfAbsent(name, function.logicalId());
            }
        }
        return values;
    }
}
