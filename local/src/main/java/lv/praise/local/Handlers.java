package lv.praise.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;

/** Loads a function's handler class the way the Lambda Java runtime does: once, by its no-arg constructor. */
final class Handlers {
    private Handlers() {
    }

    static RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> instantiate(String functionId,
                                                                                         String className) {
        Class<?> type;
        try {
            type = Class.forName(className);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("function " + functionId + ": handler class " + className + " not found", e);
        }
        if (!isHttpApiHandler(type)) {
            throw new IllegalStateException("function " + functionId + ": " + className
                    + " must implement RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>");
        }
        if (Modifier.isAbstract(type.getModifiers())) {
            throw new IllegalStateException("function " + functionId + ": " + className + " is abstract");
        }
        Object handler;
        try {
            handler = type.getConstructor().newInstance();
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("function " + functionId + ": " + className
                    + " needs a public no-argument constructor", e);
        } catch (ReflectiveOperationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new IllegalStateException("function " + functionId + ": " + className
                    + " failed to initialise: " + cause, cause);
        }
        @SuppressWarnings("unchecked")
        var typed = (RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>) handler;
        return typed;
    }

    /** True when the class is a RequestHandler of the HTTP API's event and response types. */
    static boolean isHttpApiHandler(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            if (declaresHttpApiHandler(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean declaresHttpApiHandler(Class<?> type) {
        for (Type implemented : type.getGenericInterfaces()) {
            if (implemented instanceof ParameterizedType p && p.getRawType() == RequestHandler.class) {
                Type[] args = p.getActualTypeArguments();
                return args[0] == APIGatewayV2HTTPEvent.class && args[1] == APIGatewayV2HTTPResponse.class;
            }
            if (implemented instanceof Class<?> c && c != RequestHandler.class && declaresHttpApiHandler(c)) {
                return true;
            }
        }
        return false;
    }
}
