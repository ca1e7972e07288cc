// A program streambuf whose underflow() throws after delivering some data.
// The native std::istream extractors catch it, set badbit, and rethrow the
// original exception only when exceptions(badbit) is enabled.
#include <iostream>
#include <istream>
#include <stdexcept>
#include <streambuf>
#include <string>

struct SourceLost : std::runtime_error {
    int chunk;
    explicit SourceLost(int c) : std::runtime_error("source lost"), chunk(c) {}
};

class FlakySource : public std::streambuf {
    const char* chunks_[4] = {"10 20 ", "30 4", "0 50 ", "60 70\n"};
    int next_ = 0, fail_at_;
    std::string cur_;
protected:
    int_type underflow() override {
        if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
        if (next_ == fail_at_) throw SourceLost(next_);
        if (next_ >= 4) return traits_type::eof();
        cur_ = chunks_[next_++];
        setg(&cur_[0], &cur_[0], &cur_[0] + cur_.size());
        return traits_type::to_int_type(*gptr());
    }
public:
    explicit FlakySource(int fail_at) : fail_at_(fail_at) {}
};

int main() {
    int status = 0;
    for (int fail_at : {2, 3, 99}) {
        for (bool with_exceptions : {false, true}) {
            FlakySource src(fail_at);
            std::istream in(&src);
            if (with_exceptions) in.exceptions(std::ios::badbit);
            long sum = 0;
            int count = 0;
            std::cout << "fail_at=" << fail_at << " exceptions=" << with_exceptions << ": ";
            try {
                long v;
                while (in >> v) {
                    sum += v;
                    ++count;
                }
                std::cout << "loop ended, bad=" << in.bad() << " eof=" << in.eof();
            } catch (const SourceLost& e) {
                std::cout << "caught SourceLost(chunk " << e.chunk << "), bad=" << in.bad();
                status += e.chunk;
            } catch (const std::ios_base::failure&) {
                std::cout << "caught ios_base::failure instead";
            }
            std::cout << ", read " << count << " numbers summing to " << sum << "\n";
        }
    }
    // getline path
    FlakySource src(1);
    std::istream in(&src);
    in.exceptions(std::ios::badbit);
    std::string line;
    try {
        std::getline(in, line);
    } catch (const SourceLost& e) {
        std::cout << "getline: caught SourceLost after reading '" << line << "'\n";
        status += 100;
    }
    return status;  // 2+3+100
}
