// Program-defined std::streambuf subclasses driven by the native std::ostream
// and std::istream implementations through virtual calls: an uppercasing,
// line-counting output buffer with a small put area, a tee buffer, and an
// input buffer that generates data on demand in underflow().
#include <cctype>
#include <iostream>
#include <sstream>
#include <streambuf>
#include <string>

class UpperLineBuf : public std::streambuf {
    std::string sink_;
    char area_[8];
    int lines_ = 0;
    int flushes_ = 0;
    void drain() {
        for (char* p = pbase(); p != pptr(); ++p) {
            char c = static_cast<char>(std::toupper(static_cast<unsigned char>(*p)));
            if (c == '\n') ++lines_;
            sink_.push_back(c);
        }
        setp(area_, area_ + sizeof area_);
    }
protected:
    int_type overflow(int_type ch) override {
        drain();
        if (!traits_type::eq_int_type(ch, traits_type::eof())) {
            *pptr() = traits_type::to_char_type(ch);
            pbump(1);
        }
        return traits_type::not_eof(ch);
    }
    int sync() override {
        ++flushes_;
        drain();
        return 0;
    }
public:
    UpperLineBuf() { setp(area_, area_ + sizeof area_); }
    const std::string& text() const { return sink_; }
    int lines() const { return lines_; }
    int flushes() const { return flushes_; }
};

class TeeBuf : public std::streambuf {
    std::streambuf *a_, *b_;
protected:
    int_type overflow(int_type ch) override {
        if (traits_type::eq_int_type(ch, traits_type::eof())) return traits_type::not_eof(ch);
        auto r1 = a_->sputc(traits_type::to_char_type(ch));
        auto r2 = b_->sputc(traits_type::to_char_type(ch));
        return traits_type::eq_int_type(r1, traits_type::eof()) || traits_type::eq_int_type(r2, traits_type::eof())
                   ? traits_type::eof()
                   : ch;
    }
    int sync() override { return (a_->pubsync() == 0 && b_->pubsync() == 0) ? 0 : -1; }
public:
    TeeBuf(std::streambuf* a, std::streambuf* b) : a_(a), b_(b) {}
};

// yields "1 2 3 ... n" one number per underflow call
class CountingSource : public std::streambuf {
    int next_ = 1, last_;
    std::string chunk_;
    int underflows_ = 0;
protected:
    int_type underflow() override {
        if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
        if (next_ > last_) return traits_type::eof();
        ++underflows_;
        int value = next_++;
        chunk_ = std::to_string(value) + (value == last_ ? "\n" : " ");
        setg(&chunk_[0], &chunk_[0], &chunk_[0] + chunk_.size());
        return traits_type::to_int_type(*gptr());
    }
public:
    explicit CountingSource(int n) : last_(n) {}
    int underflows() const { return underflows_; }
};

int main() {
    UpperLineBuf ub;
    {
        std::ostream os(&ub);
        os << "hello streambuf\n" << 42 << " is the answer, pi~" << 3.14159 << "\n";
        os << std::hex << 255 << std::dec << " hex\n";
        os.flush();
    }
    std::cout << ub.text();
    std::cout << "lines=" << ub.lines() << " flushes=" << ub.flushes() << "\n";

    std::ostringstream copy;
    UpperLineBuf upper2;
    TeeBuf tee(copy.rdbuf(), &upper2);
    std::ostream both(&tee);
    both << "tee: " << 1.5 << ' ' << true << std::endl;
    std::cout << "copy: " << copy.str();
    std::cout << "upper: " << upper2.text();

    CountingSource src(25);
    std::istream in(&src);
    long sum = 0;
    int n, count = 0;
    while (in >> n) {
        sum += n;
        ++count;
    }
    std::cout << "read " << count << " numbers, sum " << sum << ", underflows " << src.underflows() << "\n";
    CountingSource src2(5);
    std::istream in2(&src2);
    std::string line;
    std::getline(in2, line);
    std::cout << "getline: [" << line << "]\n";
    return (static_cast<int>(sum % 256)) == 69 ? 0 : 1;  // self-check: the computed value is 69
}
