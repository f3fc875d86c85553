#include "embedapi.h"
using namespace Qt::StringLiterals;
namespace Dashwright {
EmbedReply EmbedApi::authorize(const EmbedState &, QByteArrayView, QByteArrayView, QByteArrayView)
{
    return EmbedReply::error(501, "not_implemented", u"tmp"_s);
}
} // namespace Dashwright
