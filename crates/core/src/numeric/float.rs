pub fn float_repr(_: f64) -> String {
    todo!()
}
pub fn parse_float(_: &str) -> Option<f64> {
    todo!()
}
pub fn round_half_even(_: f64, _: i64) -> f64 {
    todo!()
}
pub fn float_floordiv(_: f64, _: f64) -> Result<f64, &'static str> {
    todo!()
}
pub fn float_mod(_: f64, _: f64) -> Result<f64, &'static str> {
    todo!()
}
pub fn float_pow(_: f64, _: f64) -> Result<f64, &'static str> {
    todo!()
}
