package io.govreport.store.rest;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Refuses query parameters the resource method does not declare (400), so a misspelt filter is reported instead of
 * silently matching everything. The allowed names are read from the method's {@code @QueryParam}s.
 */
public class UnknownParameters {

    @ServerRequestFilter
    public void refuseUnknown(ContainerRequestContext request, ResourceInfo resource, UriInfo uri) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Set<String> declared = Arrays.stream(method.getParameters())
                .map(p -> p.getAnnotation(QueryParam.class)).filter(q -> q != null).map(QueryParam::value)
                .collect(Collectors.toSet());
        Set<String> unknown = new TreeSet<>(uri.getQueryParameters().keySet());
        unknown.removeAll(declared);
        if (!unknown.isEmpty()) {
            throw new BadRequest("unknown query parameter(s) " + unknown + "; this endpoint takes " + new TreeSet<>(declared));
        }
    }
}
