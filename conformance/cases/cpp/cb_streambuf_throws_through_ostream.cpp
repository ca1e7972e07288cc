// A program-defined streambuf whose overflow() throws. The native
// std::ostream catches it and sets badbit, or rethrows the original exception
// when exceptions(badbit) is enabled.
#include <iostream>
#include <ostream>
#include <stdexcept>
#include <streambuf>
#include <string>

struct QuotaExceeded : std::runtime_error {
    std::size_t written;
    explicit QuotaExceeded(std::size_t w) : std::runtime_error("quota exceeded"), written(w) {}
};

class QuotaBuf : public std::streambuf {
    std::string data_;
    std::size_t quota_;
protected:
    int_type overflow(int_type ch) override {
        if (traits_type::eq_int_type(ch, traits_type::eof())) return traits_type::not_eof(ch);
        if (data_.size() >= quota_) throw QuotaExceeded(data_.size());
        data_.push_back(traits_type::to_char_type(ch));
        return ch;
    }
    std::streamsize xsputn(const char* s, std::streamsize n) override {
        std::streamsize i = 0;
        for (; i < n; ++i)
            if (traits_type::eq_int_type(overflow(traits_type::to_int_type(s[i])), traits_type::eof())) break;
        return i;
    }
public:
    explicit QuotaBuf(std::size_t q) : quota_(q) {}
    const std::string& data() const { return data_; }
};

int main() {
    {
        QuotaBuf buf(12);
        std::ostream os(&buf);
        os << "hello " << 12345 << " world";
        std::cout << "no exceptions mode: bad=" << os.bad() << " data='" << buf.data() << "'\n";
        os.clear();
        os << "more";
        std::cout << "after clear: bad=" << os.bad() << "\n";
    }
    {
        QuotaBuf buf(8);
        std::ostream os(&buf);
        os.exceptions(std::ios::badbit);
        try {
            os << "abc" << 3.25 << " overflow here";
            std::cout << "not thrown\n";
        } catch (const QuotaExceeded& e) {
            std::cout << "original exception rethrown by ostream: " << e.what() << " after " << e.written
                      << " chars, bad=" << os.bad() << "\n";
        } catch (const std::ios_base::failure& e) {
            std::cout << "ios failure instead\n";
        }
        std::cout << "data='" << buf.data() << "'\n";
    }
    {
        // put() and write() unformatted output paths
        QuotaBuf buf(5);
        std::ostream os(&buf);
        os.exceptions(std::ios::badbit);
        int thrown = 0;
        for (char c : std::string("0123456789")) {
            try {
                os.put(c);
            } catch (const QuotaExceeded&) {
                ++thrown;
                os.clear();
            }
        }
        try {
            os.write("xyz", 3);
        } catch (const QuotaExceeded&) {
            ++thrown;
        }
        std::cout << "put/write thrown " << thrown << " times, data='" << buf.data() << "'\n";
        return (thrown) == 6 ? 0 : 1;  // self-check: the computed value is 6
    }
}
