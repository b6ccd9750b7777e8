package org.comity.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.comity.App;
import org.comity.api.Json;
import org.comity.funding.FundingHolder;

/**
 * /health tells the truth: it asks the store (a query, so a database that is down shows), the loaded
 * dataset and the funding figures, each within a second, and answers 200 only when all three answer; else
 * 503 with what is missing. A supervisor or load balancer can act on it.
 */
final class Health {

    private static final long WAIT_MILLIS = 1_000;
    /** Probes run on their own threads: one that hangs (a database that does not answer) holds up no other. */
    private static final java.util.concurrent.ExecutorService PROBES = java.util.concurrent.Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "comity-health");
        t.setDaemon(true);
        return t;
    });

    private final App app;
    private final FundingHolder funding;

    Health(App app, FundingHolder funding) {
        this.app = app;
        this.funding = funding;
    }

    void register(RoutesConfig r) {
        r.get("/health", this::answer);
    }

    private void answer(Context ctx) {
        Map<String, Object> h = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        Object version = probe("store", () -> app.store().version(), missing);
        Object orgs = probe("dataset", () -> {
            int n = app.snapshots().get().organizations().size();
            if (n == 0) throw new IllegalStateException("the dataset holds no organizations");
            return n;
        }, missing);
        Object rows = probe("funding", () -> {
            var f = funding.get();
            if (f.revenue().isEmpty()) throw new IllegalStateException("no funding figures are loaded");
            return f.revenue().size() + f.contributions().size();
        }, missing);
        h.put("status", missing.isEmpty() ? "ok" : "failing");
        h.put("dataset_version", version);
        h.put("organizations", orgs);
        h.put("funding_rows", rows);
        if (!missing.isEmpty()) h.put("missing", missing);
        ctx.status(missing.isEmpty() ? 200 : 503).contentType("application/json; charset=utf-8").result(Json.compact(h));
    }

    /** The check's value, or null with a line in {@code missing} when it fails or takes longer than a second. */
    private static Object probe(String what, Supplier<Object> check, List<String> missing) {
        try {
            return CompletableFuture.supplyAsync(check, PROBES).get(WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            missing.add(what + ": no answer within " + WAIT_MILLIS + " ms");
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable t = e.getCause();
            while (t.getCause() != null && t.getCause() != t) t = t.getCause();
            missing.add(what + ": " + (t.getMessage() == null ? t.toString() : t.getMessage().lines().findFirst().orElse("")));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            missing.add(what + ": interrupted");
        }
        return null;
    }
}
