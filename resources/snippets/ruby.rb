# -*- coding: utf-8 -*-
# Dashwright: tokens for the dashboard "{{{dashboard_title}}}" of {{{project_name}}}.
{{#tenant}}
# The viewer's values come from the tenant profile "{{{tenant}}}".
{{/tenant}}
{{#template}}
# A template: the viewer's values below are samples marked TODO; fill them from your logged-in user.
{{/template}}
#
# Your back end gives each logged-in user a short-lived token for the embed server: answer the
# page's <dashwright-dashboard token-url="/dashwright-token"> with {"token": ...} from
# dashwright_token(viewer) (in Rails: render json: dashwright_token(viewer_of(current_user))).
{{#sign}}
# It signs the token itself, with the key {{kid}} ({{alg}}) from the project's keystore:
#   gem install jwt   (Debian: ruby-jwt)
#   export DASHWRIGHT_SIGNING_KEY="$(dashwright keys export {{{project_file}}} --kid {{kid}} --jwk --private)"
{{/sign}}
{{#api}}
# It asks the embed server for the token (POST /api/v1/authorizations) with an API key, so it
# holds no signing key; only the standard library:
#   export DASHWRIGHT_API_KEY_ID=dwk_... DASHWRIGHT_API_KEY_SECRET=...   # dashwright keys api-key create {{{project_file}}} --name NAME shows both
{{/api}}
#   ruby dashwright_token.rb   prints one token
require 'json'
{{#sign}}
require 'base64'
require 'jwt'
require 'securerandom'
{{/sign}}
{{#api}}
require 'net/http'
require 'uri'
{{/api}}
require 'time'

DASHWRIGHT_SERVER = ENV.fetch('DASHWRIGHT_SERVER', {{{server_string}}})

def dashwright_environment(name)
  value = ENV.fetch(name, '')
  abort "#{name} is not set (see the top of this file)" if value.empty?
  value
end
EXPIRES_IN_SECONDS = {{expires_in}} # short: the page asks for a new token before this runs out

# What the token grants one viewer (the authorization claims).
def claims_for(viewer)
  {{{claims}}}
end

{{#sign}}
def dashwright_token(viewer)
  jwk = JSON.parse(dashwright_environment('DASHWRIGHT_SIGNING_KEY'))
  # ruby-jwt 2.5 takes an "oct" JWK's k without base64url-decoding it: decode the secret here.
  key = jwk['kty'] == 'oct' ? Base64.urlsafe_decode64(jwk.fetch('k')) : JWT::JWK.import(jwk).keypair
  claims = claims_for(viewer)
  now = Time.now.to_i
  claims.merge!(
    'iss' => {{{issuer_string}}}, # this project
    'aud' => 'dashwright-embed',
    'sub' => [claims['suborganization'], claims['username']].find { |v| v.is_a?(String) && !v.empty? } || 'anonymous',
    'iat' => now,
    'nbf' => now,
    'exp' => now + EXPIRES_IN_SECONDS,
    'jti' => SecureRandom.uuid # lets `dashwright token revoke` name this one token
  )
  token = JWT.encode(claims, key, jwk.fetch('alg'), { 'kid' => jwk.fetch('kid'), 'typ' => 'JWT' })
  { 'token' => token, 'expires_at' => Time.at(now + EXPIRES_IN_SECONDS).utc.iso8601 }
end
{{/sign}}
{{#api}}
def dashwright_token(viewer)
  uri = URI("#{DASHWRIGHT_SERVER}/api/v1/authorizations?expires_in=#{EXPIRES_IN_SECONDS}{{#sealed}}&sealed=true{{/sealed}}")
  request = Net::HTTP::Post.new(uri, 'Content-Type' => 'application/json')
  request.basic_auth(dashwright_environment('DASHWRIGHT_API_KEY_ID'),
                     dashwright_environment('DASHWRIGHT_API_KEY_SECRET'))
  request.body = JSON.generate(claims_for(viewer))
  answer = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == 'https',
                                                   open_timeout: 10, read_timeout: 10) do |http|
    http.request(request)
  end
  raise "the embed server answered #{answer.code}: #{answer.body}" unless answer.code == '201'

  body = JSON.parse(answer.body)
  { 'token' => body.fetch('token'), 'expires_at' => body.fetch('expires_at') }
end
{{/api}}

# Who is asking. Replace this with your session's logged-in user (and answer 401 when there is
# none): a token is only for a user your application has authenticated.
def current_viewer
  {{{viewer}}}
end

puts dashwright_token(current_viewer)['token'] if $PROGRAM_NAME == __FILE__
