#pragma once

#include <dto.h>

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace lm::client::leadcodec {

/// A lead's stored form in the cache: decoding JSON costs about ten times as much, and the client
/// decodes every cached lead at start-up (DESIGN.md: 100,000 leads shown in < 300 ms). A format
/// byte, then each field in order: integers as 8 little-endian bytes, texts as an 8-byte count of
/// UTF-16 units and the units themselves (read into strings of exactly that size).
/// A new Lead field: bump FormatVersion, append the field to pack(), and in unpack() read it only
/// from rows of that version on (older rows keep the field's default until they are rewritten).
/// Version 2: `erased` (contract v2). Version 3: `dispute`.
constexpr char FormatVersion = 3;

QByteArray pack(const dto::Lead &lead);
/// nullopt when the bytes are not a whole lead of this format (truncated, other format, trailing bytes).
std::optional<dto::Lead> unpack(QByteArrayView bytes);

/// The client contact fields (name, email, phone, company, notes), the part of a lead the cache
/// keeps sealed (CacheCipher) apart from the rest: a format byte, then the lead's id and the texts
/// as pack() writes them (the id: a sealed value moved to another lead's row does not open there).
constexpr char ContactFormatVersion = 1;
QByteArray packContact(const dto::Lead &lead);
/// Fills the lead's contact fields; false (the lead untouched) when the bytes are not a whole
/// contact of this lead.
bool unpackContact(QByteArrayView bytes, dto::Lead &lead);
/// Whether any contact field has a value.
bool hasContact(const dto::Lead &lead);
/// The lead with its contact fields empty.
dto::Lead withoutContact(dto::Lead lead);

} // namespace lm::client::leadcodec
