// std::priority_queue (max-heap, min-heap, custom comparator for a task
// scheduler), std::stack/std::queue adaptors, std::array with aggregate
// init, comparisons, fill, and std::make_heap/push_heap/pop_heap.
#include <algorithm>
#include <array>
#include <functional>
#include <iostream>
#include <queue>
#include <stack>
#include <string>
#include <vector>

struct Task {
    int priority;
    int seq;
    std::string name;
};
struct TaskOrder {
    bool operator()(const Task& a, const Task& b) const {
        if (a.priority != b.priority) return a.priority < b.priority;  // higher priority first
        return a.seq > b.seq;                                          // FIFO among equals
    }
};

int main() {
    std::priority_queue<int> maxq;
    std::priority_queue<int, std::vector<int>, std::greater<int>> minq;
    for (int x : {5, 1, 8, 3, 9, 2, 7}) {
        maxq.push(x);
        minq.push(x);
    }
    std::cout << "max order:";
    while (!maxq.empty()) { std::cout << " " << maxq.top(); maxq.pop(); }
    std::cout << "\nmin order:";
    while (!minq.empty()) { std::cout << " " << minq.top(); minq.pop(); }
    std::cout << "\n";

    std::priority_queue<Task, std::vector<Task>, TaskOrder> sched;
    int seq = 0;
    for (auto& [p, n] : std::vector<std::pair<int, std::string>>{
             {2, "write"}, {5, "alarm"}, {2, "read"}, {1, "idle"}, {5, "fire"}, {3, "net"}})
        sched.push({p, seq++, n});
    std::cout << "schedule:";
    while (!sched.empty()) {
        std::cout << " " << sched.top().name << "(" << sched.top().priority << ")";
        sched.pop();
    }
    std::cout << "\n";

    std::stack<int> st;
    std::queue<int> qu;
    for (int i = 1; i <= 4; ++i) { st.push(i * i); qu.push(i * i); }
    std::cout << "stack top " << st.top() << ", queue front " << qu.front() << " back " << qu.back() << "\n";

    std::array<int, 6> arr{{9, 4, 7, 1, 8, 2}};
    std::array<int, 6> copy = arr;
    std::sort(arr.begin(), arr.end());
    std::cout << "array sorted:";
    for (int x : arr) std::cout << " " << x;
    std::cout << " size " << arr.size() << " front " << arr.front() << " back " << arr.back() << "\n";
    std::cout << "copy < sorted: " << (copy < arr) << " copy > sorted: " << (copy > arr) << "\n";
    std::array<std::array<char, 3>, 2> board{};
    board[0].fill('x');
    board[1].fill('o');
    std::cout << "board " << std::string(board[0].begin(), board[0].end()) << "/"
              << std::string(board[1].begin(), board[1].end()) << "\n";
    std::cout << "std::get<2>(copy) = " << std::get<2>(copy) << "\n";

    std::vector<int> h{3, 1, 4, 1, 5, 9, 2, 6};
    std::make_heap(h.begin(), h.end());
    h.push_back(7);
    std::push_heap(h.begin(), h.end());
    std::pop_heap(h.begin(), h.end());
    int largest = h.back();
    h.pop_back();
    std::cout << "heap largest " << largest << " new top " << h.front() << " is_heap " << std::is_heap(h.begin(), h.end())
              << "\n";
    return (largest) == 9 ? 0 : 1;  // self-check: the computed value is 9
}
