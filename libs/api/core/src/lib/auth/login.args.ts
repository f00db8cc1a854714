import { ArgsType, Field } from '@nestjs/graphql';
import { IsEmail, IsNotEmpty, MaxLength } from 'class-validator';

@ArgsType()
export class LoginArgs {
  @Field() @IsEmail() @MaxLength(254) email!: string;
  @Field() @IsNotEmpty() @MaxLength(200) password!: string;
}
