use super::bigint::BigInt;
pub struct FormatSpec;
impl FormatSpec {
    pub fn parse(_: &str) -> Result<FormatSpec, String> {
        todo!()
    }
}
pub fn format_int(_: &BigInt, _: &FormatSpec) -> Result<String, String> {
    todo!()
}
pub fn format_float(_: f64, _: &FormatSpec) -> Result<String, String> {
    todo!()
}
pub fn format_str(_: &str, _: &FormatSpec) -> Result<String, String> {
    todo!()
}
pub enum PercentValue {
    Int(BigInt),
    Float(f64),
    Str(String),
}
pub fn percent_format(
    _: &str,
    _: &mut dyn FnMut(Option<&str>, char) -> Result<PercentValue, String>,
) -> Result<String, String> {
    todo!()
}
