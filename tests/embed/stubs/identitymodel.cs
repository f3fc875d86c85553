// Signatures of System.IdentityModel.Tokens.Jwt 7.x that the csharp snippet calls, as a
// compile-only stub: the package is in no registry this machine reaches.
using System.Collections.Generic;

namespace Microsoft.IdentityModel.Tokens
{
    public abstract class SecurityKey {}
    public abstract class SecurityToken {}
    public class JsonWebKey : SecurityKey
    {
        public JsonWebKey(string json) {}
        public string Alg { get; set; }
    }
    public class SigningCredentials
    {
        public SigningCredentials(SecurityKey key, string algorithm) {}
    }
}

namespace System.IdentityModel.Tokens.Jwt
{
    using Microsoft.IdentityModel.Tokens;
    public class JwtHeader : Dictionary<string, object>
    {
        public JwtHeader(SigningCredentials credentials) {}
    }
    public class JwtPayload : Dictionary<string, object> {}
    public class JwtSecurityToken : SecurityToken
    {
        public JwtSecurityToken(JwtHeader header, JwtPayload payload) {}
    }
    public class JwtSecurityTokenHandler
    {
        public virtual string WriteToken(SecurityToken token) { return null; }
    }
}
