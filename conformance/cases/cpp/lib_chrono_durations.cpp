// <chrono> arithmetic without reading any clock: duration conversions
// (duration_cast truncation, floor/ceil/round), mixed-unit arithmetic,
// custom periods, ratio arithmetic, and time_point arithmetic on a fixed epoch.
#include <chrono>
#include <cstdio>
#include <iostream>
#include <ratio>

using namespace std::chrono;
using days_t = duration<long, std::ratio<86400>>;
using frames = duration<long, std::ratio<1, 60>>;  // 60 fps

int main() {
    hours h(2);
    minutes m(135);
    seconds s = h + m;  // common type seconds
    std::cout << "2h + 135min = " << s.count() << "s = " << duration_cast<minutes>(s).count() << "min\n";

    milliseconds ms(123456789);
    auto hh = duration_cast<hours>(ms);
    auto mm = duration_cast<minutes>(ms - hh);
    auto ss = duration_cast<seconds>(ms - hh - mm);
    auto rest = ms - hh - mm - ss;
    std::printf("123456789ms = %ldh %ldm %lds %ldms\n", (long)hh.count(), (long)mm.count(), (long)ss.count(),
                (long)rest.count());

    milliseconds neg(-1500);
    std::cout << "-1500ms: duration_cast " << duration_cast<seconds>(neg).count() << " floor "
              << floor<seconds>(neg).count() << " ceil " << ceil<seconds>(neg).count() << " round "
              << round<seconds>(milliseconds(2500)).count() << "/" << round<seconds>(milliseconds(3500)).count()
              << "\n";

    duration<double> half(0.5);
    duration<double, std::milli> as_ms = half;
    std::cout << "0.5s = " << as_ms.count() << "ms, in minutes " << duration<double, std::ratio<60>>(half).count()
              << "\n";

    frames f(150);
    std::cout << "150 frames = " << duration_cast<milliseconds>(f).count() << "ms; 1 day = "
              << duration_cast<frames>(days_t(1)).count() << " frames\n";
    std::cout << "frames + ms common type count: " << (f + milliseconds(10)).count() << "\n";

    using r = std::ratio_multiply<std::ratio<2, 3>, std::ratio<9, 4>>;
    using q = std::ratio_divide<std::milli, std::micro>;
    std::cout << "2/3 * 9/4 = " << r::num << "/" << r::den << ", milli/micro = " << q::num << "/" << q::den
              << ", ratio_less<1/3,1/2> = " << std::ratio_less<std::ratio<1, 3>, std::ratio<1, 2>>::value << "\n";

    // time points on a fixed epoch (no clock reads)
    using tp = time_point<system_clock, seconds>;
    tp epoch_plus(seconds(1700000000));
    tp later = epoch_plus + hours(36) + minutes(30);
    auto diff = later - epoch_plus;
    std::cout << "difference " << duration_cast<minutes>(diff).count() << "min; days since epoch "
              << duration_cast<days_t>(later.time_since_epoch()).count() << "\n";
    std::cout << "comparisons: " << (hours(1) == minutes(60)) << " " << (seconds(59) < minutes(1)) << " "
              << (milliseconds(1) > microseconds(999)) << "\n";
    std::cout << "modulo: " << (seconds(125) % minutes(1)).count() << "s, division: " << (hours(5) / minutes(40))
              << "\n";
    using namespace std::chrono_literals;
    auto lit = 1h + 30min + 15s + 250ms;
    std::cout << "literals total ms " << lit.count() << "\n";
    return static_cast<int>(duration_cast<minutes>(s).count() % 256);  // 255
}
