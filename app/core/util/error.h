// Expected failures as values: an Error carries a stable code and a message in Vietnamese and English.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace landdesk {

enum class Language { Vietnamese, English };

struct Error {
  std::string code;  // stable id, e.g. "db.not_sqlite"; tests and logs match on it
  std::string vi;    // what the officer reads
  std::string en;

  const std::string& text(Language lang) const { return lang == Language::English ? en : vi; }
};

// A value or the Error that explains why there is none.
template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::move(value)) {}
  Result(Error error) : state_(std::move(error)) {}

  bool ok() const { return state_.index() == 0; }
  explicit operator bool() const { return ok(); }
  T& value() & { return std::get<0>(state_); }
  const T& value() const& { return std::get<0>(state_); }
  T&& value() && { return std::get<0>(std::move(state_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  const Error& error() const { return std::get<1>(state_); }

 private:
  std::variant<T, Error> state_;
};

template <>
class [[nodiscard]] Result<void> {
 public:
  Result() = default;
  Result(Error error) : error_(std::move(error)), ok_(false) {}
  bool ok() const { return ok_; }
  explicit operator bool() const { return ok_; }
  const Error& error() const { return error_; }

 private:
  Error error_;
  bool ok_ = true;
};

using Status = Result<void>;

// Builds an Error; `detail` (a file name, a field) is appended to both messages.
Error makeError(std::string code, std::string vi, std::string en, const std::string& detail = {});

// The language the CLI and the GUI speak: LANDDESK_LANG=en|vi, Vietnamese by default.
Language languageFromEnvironment();

}  // namespace landdesk
