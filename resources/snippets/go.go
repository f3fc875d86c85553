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
// dashwrightToken(viewer) in an http.HandlerFunc of yours.
{{#sign}}
// It signs the token itself, with the key {{kid}} ({{alg}}) from the project's keystore:
//
//	go mod init example   (once, unless this goes into a module of yours)
//	go get github.com/golang-jwt/jwt/v4   (Debian: golang-github-golang-jwt-jwt-dev)
//	export DASHWRIGHT_SIGNING_KEY="$(dashwright keys export {{{project_file}}} --kid {{kid}} --jwk --private)"
{{/sign}}
{{#api}}
// It asks the embed server for the token (POST /api/v1/authorizations) with an API key, so it
// holds no signing key; only the standard library:
//
//	export DASHWRIGHT_API_KEY_ID=dwk_... DASHWRIGHT_API_KEY_SECRET=...   # dashwright keys api-key create {{{project_file}}} --name NAME shows both
{{/api}}
//	go run dashwright_token.go   prints one token
package main

import (
{{#api}}
	"bytes"
{{/api}}
{{#sign}}
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
{{/sign}}
	"encoding/json"
	"fmt"
{{#sign}}
	"math/big"
{{/sign}}
{{#api}}
	"net/http"
{{/api}}
	"os"
	"time"
{{#sign}}

	"github.com/golang-jwt/jwt/v4"
{{/sign}}
)

const expiresIn = {{expires_in}} * time.Second // short: the page asks for a new token before this runs out

func server() string {
	if value := os.Getenv("DASHWRIGHT_SERVER"); value != "" {
		return value
	}
	return {{{server_string}}}
}

// What the token grants one viewer (the authorization claims).
func claimsFor(viewer map[string]any) map[string]any {
	return {{{claims}}}
}

{{#sign}}
// The private JWK from the keystore: an HMAC secret ("oct"), a P-256 key ("EC", ES256) or an
// Ed25519 key ("OKP", EdDSA).
func signingKey() (method jwt.SigningMethod, key any, kid string, err error) {
	var jwk struct{ Kty, Kid, Alg, Crv, K, D, X, Y string }
	text := os.Getenv("DASHWRIGHT_SIGNING_KEY")
	if text == "" {
		return nil, nil, "", fmt.Errorf("DASHWRIGHT_SIGNING_KEY is not set (see the top of this file)")
	}
	if err = json.Unmarshal([]byte(text), &jwk); err != nil {
		return nil, nil, "", fmt.Errorf("DASHWRIGHT_SIGNING_KEY is not a JWK: %w", err)
	}
	bytes := func(member string) []byte {
		if err != nil {
			return nil
		}
		var decoded []byte
		decoded, err = base64.RawURLEncoding.DecodeString(member)
		return decoded
	}
	switch jwk.Kty {
	case "oct":
		method, key = jwt.GetSigningMethod(jwk.Alg), bytes(jwk.K)
	case "EC":
		x, y, d := bytes(jwk.X), bytes(jwk.Y), bytes(jwk.D)
		key = &ecdsa.PrivateKey{
			PublicKey: ecdsa.PublicKey{Curve: elliptic.P256(), X: new(big.Int).SetBytes(x), Y: new(big.Int).SetBytes(y)},
			D:         new(big.Int).SetBytes(d),
		}
		method = jwt.SigningMethodES256
	case "OKP":
		if seed := bytes(jwk.D); len(seed) == ed25519.SeedSize {
			key = ed25519.NewKeyFromSeed(seed)
		}
		method = jwt.SigningMethodEdDSA
	}
	if err == nil && (method == nil || key == nil) {
		err = fmt.Errorf("DASHWRIGHT_SIGNING_KEY holds no %s signing key", jwk.Kty)
	}
	return method, key, jwk.Kid, err
}

func dashwrightToken(viewer map[string]any) (token string, expiresAt time.Time, err error) {
	method, key, kid, err := signingKey()
	if err != nil {
		return "", time.Time{}, err
	}
	claims := jwt.MapClaims(claimsFor(viewer))
	now := time.Now()
	expiresAt = now.Add(expiresIn)
	subject := "anonymous"
	for _, name := range []string{"suborganization", "username"} {
		if value, ok := claims[name].(string); ok && value != "" {
			subject = value
			break
		}
	}
	jti := make([]byte, 16)
	if _, err = rand.Read(jti); err != nil {
		return "", time.Time{}, err
	}
	claims["iss"] = {{{issuer_string}}} // this project
	claims["aud"] = "dashwright-embed"
	claims["sub"] = subject
	claims["iat"] = now.Unix()
	claims["nbf"] = now.Unix()
	claims["exp"] = expiresAt.Unix()
	claims["jti"] = hex.EncodeToString(jti) // lets `dashwright token revoke` name this one token
	signed := jwt.NewWithClaims(method, claims)
	signed.Header["kid"] = kid
	token, err = signed.SignedString(key)
	return token, expiresAt, err
}
{{/sign}}
{{#api}}
func dashwrightToken(viewer map[string]any) (token string, expiresAt time.Time, err error) {
	body, err := json.Marshal(claimsFor(viewer))
	if err != nil {
		return "", time.Time{}, err
	}
	url := fmt.Sprintf("%s/api/v1/authorizations?expires_in=%d{{#sealed}}&sealed=true{{/sealed}}", server(), int(expiresIn.Seconds()))
	request, err := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return "", time.Time{}, err
	}
	id, secret := os.Getenv("DASHWRIGHT_API_KEY_ID"), os.Getenv("DASHWRIGHT_API_KEY_SECRET")
	if id == "" || secret == "" {
		return "", time.Time{}, fmt.Errorf("DASHWRIGHT_API_KEY_ID and DASHWRIGHT_API_KEY_SECRET are not set (see the top of this file)")
	}
	request.Header.Set("Content-Type", "application/json")
	request.SetBasicAuth(id, secret)
	client := &http.Client{Timeout: 10 * time.Second}
	answer, err := client.Do(request)
	if err != nil {
		return "", time.Time{}, err
	}
	defer answer.Body.Close()
	var minted struct {
		Token     string    `json:"token"`
		ExpiresAt time.Time `json:"expires_at"`
		Error     string    `json:"error"`
		Message   string    `json:"message"`
	}
	if err = json.NewDecoder(answer.Body).Decode(&minted); err != nil {
		return "", time.Time{}, err
	}
	if answer.StatusCode != http.StatusCreated {
		return "", time.Time{}, fmt.Errorf("the embed server answered %d %s: %s", answer.StatusCode, minted.Error, minted.Message)
	}
	return minted.Token, minted.ExpiresAt, nil
}
{{/api}}

// Who is asking. Replace this with your session's logged-in user (and answer 401 when there is
// none): a token is only for a user your application has authenticated.
func currentViewer() map[string]any {
	return {{{viewer}}}
}

func main() {
	token, _, err := dashwrightToken(currentViewer())
	if err != nil {
		fmt.Fprintln(os.Stderr, "dashwright token:", err)
		os.Exit(1)
	}
	fmt.Println(token)
}
