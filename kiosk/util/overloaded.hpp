#pragma once
// Visiting a variant with one lambda per alternative: std::visit(overloaded{[](A&){}, [](B&){}}, v).
namespace kiosk {

template <class... F>
struct overloaded : F... {
    using F::operator()...;
};
template <class... F>
overloaded(F...) -> overloaded<F...>; // clang 14 has no aggregate deduction yet

} // namespace kiosk
