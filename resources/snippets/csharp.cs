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
// DashwrightToken.Mint(viewer) in a controller of yours.
{{#sign}}
// It signs the token itself with System.IdentityModel.Tokens.Jwt, with the key {{kid}} ({{alg}})
// from the project's keystore:
//   dotnet add package System.IdentityModel.Tokens.Jwt
//   export DASHWRIGHT_SIGNING_KEY="$(dashwright keys export {{{project_file}}} --kid {{kid}} --jwk --private)"
{{/sign}}
{{#api}}
// It asks the embed server for the token (POST /api/v1/authorizations) with an API key, so it
// holds no signing key; only the framework (.NET, or Mono: mcs -r:System.Net.Http
// -r:System.Web.Extensions DashwrightToken.cs && mono DashwrightToken.exe):
//   export DASHWRIGHT_API_KEY_ID=dwk_... DASHWRIGHT_API_KEY_SECRET=...   # dashwright keys api-key create {{{project_file}}} --name NAME shows both
{{/api}}
// Run, it prints one token.
using System;
using System.Collections.Generic;
{{#sign}}
using System.IdentityModel.Tokens.Jwt;
using Microsoft.IdentityModel.Tokens;
{{/sign}}
{{#api}}
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Web.Script.Serialization;
{{/api}}

public static class DashwrightToken
{
    static readonly string Server = System.Environment.GetEnvironmentVariable("DASHWRIGHT_SERVER") ?? {{{server_string}}};
    const int ExpiresInSeconds = {{expires_in}}; // short: the page asks for a new token before this runs out

    static string EnvironmentValue(string name)
    {
        var value = System.Environment.GetEnvironmentVariable(name);
        if (string.IsNullOrEmpty(value))
            throw new InvalidOperationException(name + " is not set (see the top of this file)");
        return value;
    }

    // What the token grants one viewer (the authorization claims).
    static Dictionary<string, object> ClaimsFor(Dictionary<string, object> viewer)
    {
        return {{{claims}}};
    }

{{#sign}}
    public static string Mint(Dictionary<string, object> viewer)
    {
        var jwk = new JsonWebKey(EnvironmentValue("DASHWRIGHT_SIGNING_KEY"));
        var header = new JwtHeader(new SigningCredentials(jwk, jwk.Alg)); // alg, kid and typ JWT
        var payload = new JwtPayload();
        var claims = ClaimsFor(viewer);
        foreach (var claim in claims)
            payload[claim.Key] = claim.Value;
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        object subject;
        if (!claims.TryGetValue("suborganization", out subject) && !claims.TryGetValue("username", out subject))
            subject = "anonymous";
        payload["iss"] = {{{issuer_string}}}; // this project
        payload["aud"] = "dashwright-embed";
        payload["sub"] = subject;
        payload["iat"] = now;
        payload["nbf"] = now;
        payload["exp"] = now + ExpiresInSeconds;
        payload["jti"] = Guid.NewGuid().ToString(); // lets `dashwright token revoke` name this one token
        return new JwtSecurityTokenHandler().WriteToken(new JwtSecurityToken(header, payload));
    }
{{/sign}}
{{#api}}
    public static string Mint(Dictionary<string, object> viewer)
    {
        var json = new JavaScriptSerializer();
        using (var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) })
        {
            var credentials = EnvironmentValue("DASHWRIGHT_API_KEY_ID") + ":"
                    + EnvironmentValue("DASHWRIGHT_API_KEY_SECRET");
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
                    "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials)));
            var body = new StringContent(json.Serialize(ClaimsFor(viewer)), Encoding.UTF8, "application/json");
            var answer = client.PostAsync(Server + "/api/v1/authorizations?expires_in=" + ExpiresInSeconds{{#sealed}} + "&sealed=true"{{/sealed}}, body).Result;
            var text = answer.Content.ReadAsStringAsync().Result;
            if ((int)answer.StatusCode != 201)
                throw new InvalidOperationException("the embed server answered " + (int)answer.StatusCode + ": " + text);
            return (string)json.Deserialize<Dictionary<string, object>>(text)["token"];
        }
    }
{{/api}}

    // Who is asking. Replace this with your session's logged-in user (and answer 401 when there
    // is none): a token is only for a user your application has authenticated.
    static Dictionary<string, object> CurrentViewer()
    {
        return {{{viewer}}};
    }

    public static void Main()
    {
        Console.WriteLine(Mint(CurrentViewer()));
    }
}
