// Dashwright: tokens for the dashboard "{{{dashboard_title}}}" of {{{project_name}}}.
{{#tenant}}
// The viewer's values come from the tenant profile "{{{tenant}}}".
{{/tenant}}
{{#template}}
// A template: the viewer's values below are samples marked TODO; fill them from your logged-in user.
{{/template}}
//
// Your back end gives each logged-in user a short-lived token for the embed server: answer the
// page's <dashwright-dashboard token-url="/dashwright-token"> with {"token": ...} from
// dashwrightToken(viewer) in a controller of yours.
{{#sign}}
// It signs the token itself with Nimbus JOSE + JWT, with the key {{kid}} ({{alg}}) from the
// project's keystore:
//   Maven: com.nimbusds:nimbus-jose-jwt (9.x){{#sealed}}{{/sealed}}
//   export DASHWRIGHT_SIGNING_KEY="$(dashwright keys export {{{project_file}}} --kid {{kid}} --jwk --private)"
{{#sealed}}
//   export DASHWRIGHT_SEALING_KEY="$(dashwright keys export {{{project_file}}} --kid {{sealing_kid}} --jwk --private)"
{{/sealed}}
//   java -cp nimbus-jose-jwt.jar DashwrightToken.java   prints one token
{{/sign}}
{{#api}}
// It asks the embed server for the token (POST /api/v1/authorizations) with an API key, so it
// holds no signing key; only the JDK (11 or later):
//   export DASHWRIGHT_API_KEY_ID=dwk_... DASHWRIGHT_API_KEY_SECRET=...   # dashwright keys api-key create {{{project_file}}} --name NAME shows both
//   java DashwrightToken.java   prints one token
{{/api}}
{{#sign}}
import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.DirectEncrypter;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.Ed25519Signer;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.util.Date;
import java.util.UUID;
{{/sign}}
{{#api}}
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
{{/api}}
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public class DashwrightToken {
    static final String SERVER = System.getenv().getOrDefault("DASHWRIGHT_SERVER", {{{server_string}}});
    static final long EXPIRES_IN_SECONDS = {{expires_in}}; // short: the page asks for a new token before this runs out

    static String environment(String name) {
        String value = System.getenv(name);
        if (value == null || value.isEmpty())
            throw new IllegalStateException(name + " is not set (see the top of this file)");
        return value;
    }

    // What the token grants one viewer (the authorization claims).
    static Map<String, Object> claimsFor(Map<String, Object> viewer) {
        return {{{claims}}};
    }

{{#sign}}
    static String dashwrightToken(Map<String, Object> viewer) throws Exception {
        JWK jwk = JWK.parse(environment("DASHWRIGHT_SIGNING_KEY"));
        JWSSigner signer;
        if (jwk instanceof OctetSequenceKey) signer = new MACSigner((OctetSequenceKey) jwk);
        else if (jwk instanceof ECKey) signer = new ECDSASigner((ECKey) jwk);
        else signer = new Ed25519Signer((OctetKeyPair) jwk);
        Map<String, Object> claims = claimsFor(viewer);
        Object subject = claims.getOrDefault("suborganization", claims.getOrDefault("username", "anonymous"));
        Date now = new Date(System.currentTimeMillis() / 1000 * 1000);
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder();
        claims.forEach(builder::claim);
        builder.issuer({{{issuer_string}}}) // this project
                .audience("dashwright-embed")
                .subject(String.valueOf(subject))
                .issueTime(now)
                .notBeforeTime(now)
                .expirationTime(new Date(now.getTime() + EXPIRES_IN_SECONDS * 1000))
                .jwtID(UUID.randomUUID().toString()); // lets `dashwright token revoke` name this one token
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.parse(jwk.getAlgorithm().getName()))
                .type(JOSEObjectType.JWT).keyID(jwk.getKeyID()).build();
        SignedJWT signed = new SignedJWT(header, builder.build());
        signed.sign(signer);
{{^sealed}}
        return signed.serialize();
{{/sealed}}
{{#sealed}}
        // Sealed: the signed token inside a JWE, so the page cannot read its claims.
        OctetSequenceKey sealing = (OctetSequenceKey) JWK.parse(environment("DASHWRIGHT_SEALING_KEY"));
        JWEObject sealed = new JWEObject(new JWEHeader.Builder(JWEAlgorithm.DIR, EncryptionMethod.A256GCM)
                .contentType("JWT").keyID(sealing.getKeyID()).build(), new Payload(signed));
        sealed.encrypt(new DirectEncrypter(sealing));
        return sealed.serialize();
{{/sealed}}
    }
{{/sign}}
{{#api}}
    static String dashwrightToken(Map<String, Object> viewer) throws Exception {
        String credentials = environment("DASHWRIGHT_API_KEY_ID") + ":" + environment("DASHWRIGHT_API_KEY_SECRET");
        HttpRequest request = HttpRequest.newBuilder(URI.create(SERVER + "/api/v1/authorizations?expires_in=" + EXPIRES_IN_SECONDS{{#sealed}} + "&sealed=true"{{/sealed}}))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(json(claimsFor(viewer))))
                .build();
        HttpResponse<String> answer = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 201)
            throw new IllegalStateException("the embed server answered " + answer.statusCode() + ": " + answer.body());
        // The answer is {"id": ..., "token": ..., "expires_at": ...}; a token is base64url and dots.
        Matcher token = Pattern.compile("\"token\"\\s*:\\s*\"([A-Za-z0-9_.-]+)\"").matcher(answer.body());
        if (!token.find()) throw new IllegalStateException("no token in the answer");
        return token.group(1);
    }

    // JSON of the claims: the JDK has no JSON library, and claims are only maps, lists, strings,
    // numbers, booleans and null.
    static String json(Object value) {
        if (value == null) return "null";
        if (value instanceof Map) {
            StringBuilder out = new StringBuilder("{");
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet())
                out.append(out.length() > 1 ? "," : "").append(json(String.valueOf(entry.getKey()))).append(':').append(json(entry.getValue()));
            return out.append('}').toString();
        }
        if (value instanceof List) {
            StringBuilder out = new StringBuilder("[");
            for (Object item : (List<?>) value) out.append(out.length() > 1 ? "," : "").append(json(item));
            return out.append(']').toString();
        }
        if (value instanceof Number || value instanceof Boolean) return value.toString();
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toString().toCharArray()) {
            if (c == '"' || c == '\\') out.append('\\').append(c);
            else if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
            else out.append(c);
        }
        return out.append('"').toString();
    }
{{/api}}

    // Who is asking. Replace this with your session's logged-in user (and answer 401 when there
    // is none): a token is only for a user your application has authenticated.
    static Map<String, Object> currentViewer() {
        return {{{viewer}}};
    }

    // Map.of and List.of refuse null, which claims may hold.
    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        return map;
    }

    static List<Object> list(Object... items) {
        return Arrays.asList(items);
    }

    public static void main(String[] args) throws Exception {
        System.out.println(dashwrightToken(currentViewer()));
    }
}
