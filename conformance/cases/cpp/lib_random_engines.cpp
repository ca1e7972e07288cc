// <random> with fixed seeds: mt19937 / mt19937_64 / minstd_rand raw output,
// discard, seed_seq, uniform_int/real, normal, bernoulli, poisson and
// discrete distributions, and std::shuffle. Same libstdc++ both ways, so
// distribution outputs are reproducible here.
#include <algorithm>
#include <cstdio>
#include <iostream>
#include <map>
#include <numeric>
#include <random>
#include <vector>

int main() {
    std::mt19937 mt(12345);
    std::cout << "mt19937:";
    for (int i = 0; i < 5; ++i) std::cout << " " << mt();
    std::cout << "\n";
    std::mt19937 def;  // default seed 5489
    def.discard(9999);
    std::cout << "default mt19937 10000th value: " << def() << "\n";
    std::mt19937_64 mt64(42);
    std::cout << "mt19937_64: " << mt64() << " " << mt64() << "\n";
    std::minstd_rand lcg(1);
    std::cout << "minstd_rand:";
    for (int i = 0; i < 3; ++i) std::cout << " " << lcg();
    std::cout << "\n";
    std::seed_seq seq{1, 2, 3, 4};
    std::mt19937 seeded(seq);
    std::cout << "seed_seq mt19937: " << seeded() << "\n";

    std::mt19937 gen(2024);
    std::uniform_int_distribution<int> die(1, 6);
    std::map<int, int> counts;
    for (int i = 0; i < 600; ++i) ++counts[die(gen)];
    std::cout << "die counts:";
    for (auto& [face, n] : counts) std::cout << " " << face << ":" << n;
    std::cout << "\n";

    std::uniform_real_distribution<double> unit(0.0, 1.0);
    double s = 0;
    for (int i = 0; i < 1000; ++i) s += unit(gen);
    std::printf("uniform_real mean %.6f\n", s / 1000);

    std::normal_distribution<double> normal(10.0, 2.0);
    double ns = 0, nsq = 0;
    for (int i = 0; i < 1000; ++i) {
        double x = normal(gen);
        ns += x;
        nsq += x * x;
    }
    double mean = ns / 1000;
    std::printf("normal mean %.6f var %.6f\n", mean, nsq / 1000 - mean * mean);

    std::bernoulli_distribution coin(0.3);
    int heads = 0;
    for (int i = 0; i < 1000; ++i) heads += coin(gen);
    std::poisson_distribution<int> pois(4.0);
    long ps = 0;
    for (int i = 0; i < 1000; ++i) ps += pois(gen);
    std::discrete_distribution<int> weighted{1, 0, 3, 6};
    std::vector<int> wc(4);
    for (int i = 0; i < 1000; ++i) ++wc[weighted(gen)];
    std::cout << "bernoulli heads " << heads << ", poisson sum " << ps << ", discrete " << wc[0] << " " << wc[1]
              << " " << wc[2] << " " << wc[3] << "\n";

    std::vector<int> deck(10);
    std::iota(deck.begin(), deck.end(), 0);
    std::mt19937 shuf(7);
    std::shuffle(deck.begin(), deck.end(), shuf);
    std::cout << "shuffled:";
    for (int c : deck) std::cout << " " << c;
    std::cout << "\n";
    return (counts[6] % 256) == 106 ? 0 : 1;  // self-check: the computed value is 106
}
