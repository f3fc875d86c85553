<?php
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
// dashwright_token($viewer).
{{#sign}}
// It signs the token itself with firebase/php-jwt, with the key {{kid}} ({{alg}}) from the
// project's keystore:
//   composer require firebase/php-jwt
//   export DASHWRIGHT_SIGNING_KEY="$(dashwright keys export {{{project_file}}} --kid {{kid}} --jwk --private)"
{{/sign}}
{{#api}}
// It asks the embed server for the token (POST /api/v1/authorizations) with an API key, so it
// holds no signing key; only PHP's curl extension (Debian: php-curl):
//   export DASHWRIGHT_API_KEY_ID=dwk_... DASHWRIGHT_API_KEY_SECRET=...   # dashwright keys api-key create {{{project_file}}} --name NAME shows both
{{/api}}
//   php dashwright_token.php   prints one token
{{#sign}}
require __DIR__ . '/vendor/autoload.php';

use Firebase\JWT\JWT;
{{/sign}}

const DASHWRIGHT_EXPIRES_IN_SECONDS = {{expires_in}}; // short: the page asks for a new token before this runs out

function dashwright_environment(string $name): string
{
    $value = getenv($name);
    if ($value === false || $value === '') {
        throw new RuntimeException("$name is not set (see the top of this file)");
    }
    return $value;
}

function dashwright_server(): string
{
    return getenv('DASHWRIGHT_SERVER') ?: {{{server_string}}};
}

// What the token grants one viewer (the authorization claims).
function dashwright_claims(array $viewer): array
{
    return {{{claims}}};
}

{{#sign}}
function dashwright_base64url_decode(string $text): string
{
    return base64_decode(strtr($text, '-_', '+/'));
}

// The private JWK from the keystore, as php-jwt wants the key: the HMAC secret, a PEM EC key, or
// a base64 Ed25519 secret key.
function dashwright_signing_key(array $jwk): string
{
    switch ($jwk['kty']) {
        case 'oct':
            return dashwright_base64url_decode($jwk['k']);
        case 'EC':
            $key = openssl_pkey_new(['ec' => [
                'curve_name' => 'prime256v1',
                'x' => dashwright_base64url_decode($jwk['x']),
                'y' => dashwright_base64url_decode($jwk['y']),
                'd' => dashwright_base64url_decode($jwk['d']),
            ]]);
            openssl_pkey_export($key, $pem);
            return $pem;
        case 'OKP':
            $pair = sodium_crypto_sign_seed_keypair(dashwright_base64url_decode($jwk['d']));
            return base64_encode(sodium_crypto_sign_secretkey($pair));
    }
    throw new RuntimeException('DASHWRIGHT_SIGNING_KEY holds no signing key');
}

function dashwright_token(array $viewer): array
{
    $jwk = json_decode(dashwright_environment('DASHWRIGHT_SIGNING_KEY'), true, 16, JSON_THROW_ON_ERROR);
    $claims = dashwright_claims($viewer);
    $now = time();
    $claims += [
        'iss' => {{{issuer_string}}}, // this project
        'aud' => 'dashwright-embed',
        'sub' => $claims['suborganization'] ?? $claims['username'] ?? 'anonymous',
        'iat' => $now,
        'nbf' => $now,
        'exp' => $now + DASHWRIGHT_EXPIRES_IN_SECONDS,
        'jti' => bin2hex(random_bytes(16)), // lets `dashwright token revoke` name this one token
    ];
    $token = JWT::encode($claims, dashwright_signing_key($jwk), $jwk['alg'], $jwk['kid'], ['typ' => 'JWT']);
    return ['token' => $token, 'expires_at' => gmdate('Y-m-d\TH:i:s\Z', $now + DASHWRIGHT_EXPIRES_IN_SECONDS)];
}
{{/sign}}
{{#api}}
function dashwright_token(array $viewer): array
{
    $curl = curl_init(dashwright_server() . '/api/v1/authorizations?expires_in=' . DASHWRIGHT_EXPIRES_IN_SECONDS{{#sealed}} . '&sealed=true'{{/sealed}});
    curl_setopt_array($curl, [
        CURLOPT_POST => true,
        CURLOPT_POSTFIELDS => json_encode(dashwright_claims($viewer), JSON_THROW_ON_ERROR | JSON_UNESCAPED_SLASHES),
        CURLOPT_HTTPHEADER => ['Content-Type: application/json'],
        CURLOPT_USERPWD => dashwright_environment('DASHWRIGHT_API_KEY_ID') . ':' . dashwright_environment('DASHWRIGHT_API_KEY_SECRET'),
        CURLOPT_RETURNTRANSFER => true,
        CURLOPT_TIMEOUT => 10,
    ]);
    $body = curl_exec($curl);
    $status = curl_getinfo($curl, CURLINFO_RESPONSE_CODE);
    curl_close($curl);
    if ($body === false || $status !== 201) {
        throw new RuntimeException("the embed server answered $status: $body");
    }
    $minted = json_decode($body, true, 16, JSON_THROW_ON_ERROR);
    return ['token' => $minted['token'], 'expires_at' => $minted['expires_at']];
}
{{/api}}

// Who is asking. Replace this with your session's logged-in user (and answer 401 when there is
// none): a token is only for a user your application has authenticated.
function dashwright_current_viewer(): array
{
    return {{{viewer}}};
}

if (PHP_SAPI === 'cli' && realpath($argv[0]) === __FILE__) {
    echo dashwright_token(dashwright_current_viewer())['token'], "\n";
}
